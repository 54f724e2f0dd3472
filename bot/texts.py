"""What the bot says, in Korean (default) and English (for users whose Telegram is in English)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "ko": {
        "help": (
            "뉴스 기사에서 질문에 답이 되는 문장을 찾아 출처와 함께 그대로 인용해 드려요.\n\n"
            "• 개인 대화: 그냥 질문을 보내세요.\n"
            "• 그룹: <code>/ask 질문</code>, 봇 멘션, 또는 봇 메시지에 답장하세요.\n"
            "• 다른 대화에서: <code>@{username} 질문</code>\n\n"
            "예시: <code>{example}</code>\n\n"
            "지금 기사 {articles}건을 검색해요."
        ),
        "no_answer": "관련 내용을 기사에서 찾지 못했어요. 인물·기관 이름이나 핵심 단어를 넣어 다시 물어봐 주세요.",
        "no_answer_stale": "‘{recent}’에 맞는 최근 기사가 없어요. 비슷한 내용은 오래된 기사에만 있어요.",
        "no_answer_stale_older": "‘{recent}’에 맞는 최근 기사가 없어요. 오래된 기사에는 이렇게 나와요 ({published}):",
        "no_answer_kind": "관련 기사는 있지만 묻는 답(숫자·날짜·이름 등)이 담긴 문장은 찾지 못했어요.",
        "no_answer_unavailable": "검색 서버에 잠시 연결할 수 없어요. 조금 뒤에 다시 물어봐 주세요.",
        "unsure": "⚠️ 질문에 딱 맞는 답이 아닐 수 있어요.",
        "empty_question": "질문을 적어 주세요. 예: <code>/ask {example}</code>",
        "too_long": "질문이 너무 길어서 앞부분 {limit}자만 읽었어요.",
        "more": "더 보기",
        "original": "원문 보기",
        "helpful": "👍",
        "unhelpful": "👎",
        "thanks": "의견 고마워요!",
        "vote_changed": "의견을 바꿨어요.",
        "stale": "오래된 버튼이에요. 질문을 다시 보내 주세요.",
        "no_more": "더 보여드릴 결과가 없어요.",
        "rate_limited": "질문이 너무 많아요. {seconds}초 뒤에 다시 물어봐 주세요.",
        "error": "잠시 후 다시 시도해 주세요.",
        "not_admin": "관리자만 쓸 수 있는 명령이에요.",
        "no_admin_yet": "관리자가 아직 정해지지 않았어요. /whoami 로 내 id를 확인해 .env 의 ADMIN_IDS 에 넣고 봇을 다시 시작하세요.",
        "whoami": "내 Telegram 사용자 id: <code>{user_id}</code>",
        "whoami_setup": "\n관리자가 아직 없어요. 이 id를 관리자로 하려면 .env 에 다음 줄을 넣고 봇을 다시 시작하세요:\n<code>ADMIN_IDS={user_id}</code>",
        "reload_started": "⏳ 기사 폴더를 다시 읽는 중…",
        "reload_progress": "⏳ {stage}: {done}/{total}",
        "stage_reading": "파일 읽기",
        "stage_tokenizing": "형태소 분석",
        "stage_weights": "가중치 계산",
        "reload_busy": "이미 다시 읽는 중이에요. 끝나면 알려드릴게요.",
        "reload_ended": "✅ 다시 읽기가 끝났어요: 기사 {articles}건, 단락 {passages}개.",
        "reload_done": "✅ 다시 읽기 완료 ({seconds:.1f}초)\n{summary}",
        "reload_failed": "❌ 다시 읽기 실패: {reason}\n이전 색인으로 계속 답하고 있어요.",
        "upload_refused": "파일을 추가하지 않았어요: {reason}",
        "upload_done": "📄 <code>{name}</code> 추가 완료: 기사 {articles}건.\n{summary}",
        "stats": (
            "<b>통계</b>\n"
            "기사 {articles}건, 단락 {passages}개\n"
            "색인: {build_seconds:.1f}초 걸림, {age} 전\n"
            "답한 질문 {questions}개, 답 없음 {no_answer_rate:.0%}\n"
            "평가 👍 {up} / 👎 {down}\n"
            "응답 시간 p50 {p50:.0f} ms, p95 {p95:.0f} ms (시작 후)"
        ),
        "cmd_ask": "질문하기",
        "cmd_help": "사용법",
        "cmd_whoami": "내 사용자 id",
        "cmd_reload": "기사 다시 읽기 (관리자)",
        "cmd_stats": "통계 (관리자)",
    },
    "en": {
        "help": (
            "I answer questions by quoting the sentence from the news articles that answers it, "
            "with its source.\n\n"
            "• Private chat: just send a question.\n"
            "• Groups: <code>/ask question</code>, mention me, or reply to my message.\n"
            "• Any chat: <code>@{username} question</code>\n\n"
            "Example: <code>{example}</code>\n\n"
            "Searching {articles} articles."
        ),
        "no_answer": "Nothing relevant found in the articles. Try again with names or key words.",
        "no_answer_stale": "No recent article matches ‘{recent}’; only older articles mention this.",
        "no_answer_stale_older": "No recent article matches ‘{recent}’. An older one ({published}) says:",
        "no_answer_kind": "Related articles exist, but no sentence in them holds the kind of answer asked for.",
        "no_answer_unavailable": "The search servers can't be reached right now. Please ask again in a moment.",
        "unsure": "⚠️ This may not answer exactly what you asked.",
        "empty_question": "Please write a question, e.g. <code>/ask {example}</code>",
        "too_long": "Your question was long; I read its first {limit} characters.",
        "more": "More",
        "original": "Open article",
        "helpful": "👍",
        "unhelpful": "👎",
        "thanks": "Thanks for the feedback!",
        "vote_changed": "Feedback changed.",
        "stale": "This button is out of date. Please ask again.",
        "no_more": "No more results.",
        "rate_limited": "Too many questions. Please try again in {seconds} s.",
        "error": "Something went wrong. Please try again in a moment.",
        "not_admin": "Only admins can use this command.",
        "no_admin_yet": "No admin is configured yet. Send /whoami to see your id, put it in ADMIN_IDS in .env and restart the bot.",
        "whoami": "Your Telegram user id: <code>{user_id}</code>",
        "whoami_setup": "\nNo admin is configured yet. To make this id an admin, put this line in .env and restart the bot:\n<code>ADMIN_IDS={user_id}</code>",
        "reload_started": "⏳ Rescanning the corpus…",
        "reload_progress": "⏳ {stage}: {done}/{total}",
        "stage_reading": "reading files",
        "stage_tokenizing": "analysing text",
        "stage_weights": "computing weights",
        "reload_busy": "A reload is already running; I'll report when it ends.",
        "reload_ended": "✅ The reload has ended: {articles} articles, {passages} passages.",
        "reload_done": "✅ Reload finished ({seconds:.1f} s)\n{summary}",
        "reload_failed": "❌ Reload failed: {reason}\nStill answering from the previous index.",
        "upload_refused": "File not added: {reason}",
        "upload_done": "📄 Added <code>{name}</code>: {articles} articles.\n{summary}",
        "stats": (
            "<b>Stats</b>\n"
            "{articles} articles, {passages} passages\n"
            "Index: built in {build_seconds:.1f} s, {age} ago\n"
            "Questions answered {questions}, no answer {no_answer_rate:.0%}\n"
            "Votes 👍 {up} / 👎 {down}\n"
            "Latency p50 {p50:.0f} ms, p95 {p95:.0f} ms (since start)"
        ),
        "cmd_ask": "Ask a question",
        "cmd_help": "How to use",
        "cmd_whoami": "My user id",
        "cmd_reload": "Rescan the corpus (admin)",
        "cmd_stats": "Stats (admin)",
    },
}


def lang_of(user) -> str:
    """Korean unless the user's Telegram is in English; no user (channel posts) means Korean."""
    code = getattr(user, "language_code", None)
    return "en" if code and code.lower().startswith("en") else "ko"


def t(lang: str, key: str, **values) -> str:
    text = TEXTS.get(lang, TEXTS["ko"])[key]
    return text.format(**values) if values else text
