"""A local Bot API server for end-to-end tests.

Speaks the HTTP interface python-telegram-bot uses (form-encoded parameters, JSON replies),
keeps chats and messages, long-polls getUpdates, serves files, and checks what Telegram checks:
HTML entities, message length, callback data size, answered callback queries, unmodified edits.
Faults can be injected per method (5xx, 429 with retry_after, connections dropped before or after
the method was carried out, delays).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote

from .telegram_html import HTMLError, parse, utf16_len

JSON_FIELDS = {"reply_markup", "results", "commands", "scope", "link_preview_options", "reply_parameters",
               "entities", "allowed_updates", "button"}
BOT_ID = 777000111
BOT_USERNAME = "newsqa_test_bot"


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None):
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


@dataclass
class Call:
    method: str
    params: dict
    at: float
    ok: bool = True
    result: object = None


@dataclass
class Fault:
    method: str
    kind: str  # "500", "429", "drop", "done_then_drop", "delay", "blocked"
    times: int = 1
    value: float = 0.0
    chat_id: int | None = None


@dataclass
class _State:
    updates: list = field(default_factory=list)
    next_update: int = 1
    next_message: int = 1000
    messages: dict = field(default_factory=dict)  # (chat_id, message_id) -> message dict
    chats: dict = field(default_factory=dict)
    callbacks: dict = field(default_factory=dict)  # id -> answered?
    inline: dict = field(default_factory=dict)
    files: dict = field(default_factory=dict)
    calls: list = field(default_factory=list)
    faults: list = field(default_factory=list)
    webhook: dict = field(default_factory=dict)
    commands: dict = field(default_factory=dict)


class FakeBotAPI:
    def __init__(self, token: str):
        self.token = token
        self.s = _State()
        self.cond = threading.Condition()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.bot_user = {"id": BOT_ID, "is_bot": True, "first_name": "뉴스QA", "username": BOT_USERNAME,
                         "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    def start(self) -> FakeBotAPI:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- what tests put in ------------------------------------------------------------------

    def _push(self, update: dict) -> int:
        with self.cond:
            update["update_id"] = self.s.next_update
            self.s.next_update += 1
            self.s.updates.append(update)
            self.cond.notify_all()
            return update["update_id"]

    def user(self, user_id: int, lang: str = "ko") -> dict:
        return {"id": user_id, "is_bot": False, "first_name": f"사용자{user_id}", "language_code": lang}

    def chat(self, chat_id: int, chat_type: str = "private") -> dict:
        chat = {"id": chat_id, "type": chat_type}
        if chat_type != "private":
            chat["title"] = f"그룹 {chat_id}"
        self.s.chats[chat_id] = chat
        return chat

    def make_message(self, text: str | None, user_id: int, chat_id: int | None = None, chat_type: str = "private",
                     lang: str = "ko", entities: list | None = None, reply_to: dict | None = None,
                     document: dict | None = None, caption: str | None = None) -> dict:
        chat_id = chat_id if chat_id is not None else user_id
        with self.cond:
            self.s.next_message += 1
            mid = self.s.next_message
        msg = {"message_id": mid, "date": int(time.time()), "chat": self.chat(chat_id, chat_type),
               "from": self.user(user_id, lang)}
        if text is not None:
            msg["text"] = text
            if text.startswith("/"):
                cmd = text.split()[0]
                entities = (entities or []) + [{"type": "bot_command", "offset": 0, "length": utf16_len(cmd)}]
        if entities:
            msg["entities"] = entities
        if reply_to:
            msg["reply_to_message"] = reply_to
        if document:
            msg["document"] = document
            if caption:
                msg["caption"] = caption
        self.s.messages[(chat_id, mid)] = msg
        return msg

    def push_message(self, text: str | None, user_id: int, **kw) -> dict:
        msg = self.make_message(text, user_id, **kw)
        self._push({"message": msg})
        return msg

    def push_edited_message(self, text: str, user_id: int, **kw) -> dict:
        msg = self.make_message(text, user_id, **kw)
        msg["edit_date"] = int(time.time())
        self._push({"edited_message": msg})
        return msg

    def push_channel_post(self, text: str, chat_id: int) -> dict:
        with self.cond:
            self.s.next_message += 1
            mid = self.s.next_message
        msg = {"message_id": mid, "date": int(time.time()), "chat": self.chat(chat_id, "channel"),
               "sender_chat": {"id": chat_id, "type": "channel", "title": "채널"}, "text": text}
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(text.split()[0])}]
        self._push({"channel_post": msg})
        return msg

    def push_document(self, user_id: int, file_name: str, data: bytes, chat_id: int | None = None,
                      chat_type: str = "private", declared_size: int | None = None, caption: str | None = None) -> dict:
        file_id = f"file{len(self.s.files) + 1}"
        self.s.files[file_id] = data
        doc = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": file_name,
               "file_size": declared_size if declared_size is not None else len(data)}
        return self.push_message(None, user_id, chat_id=chat_id, chat_type=chat_type, document=doc, caption=caption)

    def push_callback(self, user_id: int, message: dict, data: str, lang: str = "ko") -> str:
        qid = f"cb{self.s.next_update}"
        self.s.callbacks[qid] = False
        self._push({"callback_query": {"id": qid, "from": self.user(user_id, lang), "message": message,
                                       "chat_instance": "ci", "data": data}})
        return qid

    def push_inline(self, user_id: int, query: str) -> str:
        qid = f"iq{self.s.next_update}"
        self.s.inline[qid] = False
        self._push({"inline_query": {"id": qid, "from": self.user(user_id), "query": query, "offset": ""}})
        return qid

    def inject(self, fault: Fault) -> None:
        with self.cond:
            self.s.faults.append(fault)

    # --- what tests read back ---------------------------------------------------------------

    def calls(self, method: str | None = None, ok: bool | None = True) -> list[Call]:
        with self.cond:
            return [c for c in self.s.calls if (method is None or c.method == method) and (ok is None or c.ok == ok)]

    def wait_for(self, method: str, predicate=lambda c: True, count: int = 1, timeout: float = 20.0) -> list[Call]:
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                found = [c for c in self.s.calls if c.method == method and c.ok and predicate(c)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{method}: {len(found)} of {count} calls after {timeout} s")
                self.cond.wait(left)

    def replies_to(self, chat_id: int) -> list[dict]:
        return [c.result for c in self.calls("sendMessage") if int(c.params["chat_id"]) == chat_id]

    def message(self, chat_id: int, message_id: int) -> dict:
        return self.s.messages[(chat_id, message_id)]

    def pending_updates(self) -> int:
        with self.cond:
            return len(self.s.updates)

    # --- the HTTP side ----------------------------------------------------------------------

    def _handler(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def setup(self):
                super().setup()
                # Headers and body go out in separate writes; without this, Nagle's algorithm
                # and delayed ACKs add ~40 ms to every call, as they would not on Telegram.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self):
                prefix = f"/file/bot{api.token}/"
                path = unquote(self.path)  # clients may percent-encode the token's colon
                if path.startswith(prefix):
                    data = api.s.files.get(path[len(prefix):])
                    if data is None:
                        return self._send(404, b"not found", "text/plain")
                    return self._send(200, data, "application/octet-stream")
                return self.do_POST()

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                prefix = f"/bot{api.token}/"
                path = unquote(self.path)
                if not path.startswith(prefix):
                    return self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                method = path[len(prefix):].split("?")[0]
                params = api._params(self.headers.get("Content-Type", ""), body)
                fault = api._take_fault(method, params)
                if fault is not None:
                    if fault.kind == "drop":
                        return self._hang_up()
                    if fault.kind == "delay":
                        time.sleep(fault.value)
                    elif fault.kind == "500":
                        return self._json(502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})
                    elif fault.kind == "429":
                        return self._json(429, {"ok": False, "error_code": 429,
                                                "description": f"Too Many Requests: retry after {int(fault.value)}",
                                                "parameters": {"retry_after": int(fault.value)}})
                    elif fault.kind == "blocked":
                        return self._json(403, {"ok": False, "error_code": 403,
                                                "description": "Forbidden: bot was blocked by the user"})
                call = Call(method, params, time.time())
                if fault is not None and fault.kind == "done_then_drop":
                    # Telegram acted, and the connection broke before the answer came back.
                    call.result = api._dispatch(method, params)
                    api._record(call)
                    return self._hang_up()
                try:
                    result = api._dispatch(method, params)
                except ApiError as e:
                    call.ok = False
                    call.result = e.description
                    api._record(call)
                    reply = {"ok": False, "error_code": e.code, "description": e.description}
                    if e.retry_after:
                        reply["parameters"] = {"retry_after": e.retry_after}
                    return self._json(e.code, reply)
                call.result = result
                api._record(call)
                return self._json(200, {"ok": True, "result": result})

            def _hang_up(self):
                """Close the connection without an answer."""
                self.close_connection = True
                self.connection.shutdown(2)

            def _json(self, code, payload):
                self._send(code, json.dumps(payload, ensure_ascii=False).encode(), "application/json")

            def _send(self, code, data, ctype):
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler

    def _record(self, call: Call) -> None:
        with self.cond:
            self.s.calls.append(call)
            self.cond.notify_all()

    def _take_fault(self, method: str, params: dict) -> Fault | None:
        with self.cond:
            for f in self.s.faults:
                if f.method == method and f.times > 0 and (f.chat_id is None or str(f.chat_id) == str(params.get("chat_id"))):
                    f.times -= 1
                    return f
        return None

    @staticmethod
    def _params(ctype: str, body: bytes) -> dict:
        if not body:
            return {}
        if ctype.startswith("application/json"):
            return json.loads(body)
        if ctype.startswith("multipart/form-data"):
            from email.parser import BytesParser
            from email.policy import default

            msg = BytesParser(policy=default).parsebytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
            raw = {part.get_param("name", header="content-disposition"): part.get_content() for part in msg.iter_parts()}
        else:
            raw = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        return {k: json.loads(v) if k in JSON_FIELDS and isinstance(v, str) else v for k, v in raw.items()}

    # --- methods -----------------------------------------------------------------------------

    def _dispatch(self, method: str, p: dict):
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            raise ApiError(404, f"Not Found: method {method} not implemented by the test server")
        return handler(p)

    def _m_getMe(self, p):
        return self.bot_user

    def _m_deleteWebhook(self, p):
        self.s.webhook = {}
        return True

    def _m_setWebhook(self, p):
        self.s.webhook = dict(p)
        return True

    def _m_getUpdates(self, p):
        offset = int(p.get("offset") or 0)
        timeout = min(float(p.get("timeout") or 0), 2.0)
        limit = int(p.get("limit") or 100)
        deadline = time.monotonic() + timeout
        with self.cond:
            self.s.updates = [u for u in self.s.updates if u["update_id"] >= offset]
            while not self.s.updates and time.monotonic() < deadline:
                self.cond.wait(deadline - time.monotonic())
            return self.s.updates[:limit]

    def _m_setMyCommands(self, p):
        commands = p.get("commands") or []
        if len(commands) > 100:
            raise ApiError(400, "Bad Request: too many commands")
        for c in commands:
            if not (1 <= len(c["command"]) <= 32) or not all(ch.islower() or ch.isdigit() or ch == "_" for ch in c["command"]):
                raise ApiError(400, f"Bad Request: BOT_COMMAND_INVALID {c['command']!r}")
            if not (1 <= len(c["description"]) <= 256):
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        key = (json.dumps(p.get("scope") or {"type": "default"}, sort_keys=True), p.get("language_code") or "")
        self.s.commands[key] = [c["command"] for c in commands]
        return True

    def _m_sendChatAction(self, p):
        self._chat(p)
        return True

    def _chat(self, p) -> dict:
        try:
            chat_id = int(p["chat_id"])
        except (KeyError, ValueError):
            raise ApiError(400, "Bad Request: chat_id is empty") from None
        chat = self.s.chats.get(chat_id)
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    def _check_text(self, p) -> str:
        text = p.get("text")
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        visible = text
        if (p.get("parse_mode") or "").upper() == "HTML":
            try:
                visible = parse(text)
            except HTMLError as e:
                raise ApiError(400, f"Bad Request: {e}") from None
        if not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(visible) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return visible

    @staticmethod
    def _check_markup(markup) -> None:
        if not markup:
            return
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if "callback_data" in button:
                    size = len(button["callback_data"].encode("utf-8"))
                    if not 1 <= size <= 64:
                        raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                elif "url" in button:
                    if not button["url"].startswith(("http://", "https://", "tg://")):
                        raise ApiError(400, "Bad Request: BUTTON_URL_INVALID")
                elif not {"switch_inline_query", "switch_inline_query_current_chat"} & set(button):
                    raise ApiError(400, "Bad Request: inline keyboard button has no action")

    def _m_sendMessage(self, p):
        chat = self._chat(p)
        visible = self._check_text(p)
        self._check_markup(p.get("reply_markup"))
        with self.cond:
            self.s.next_message += 1
            mid = self.s.next_message
        msg = {"message_id": mid, "date": int(time.time()), "chat": chat, "from": self.bot_user, "text": visible,
               "html": p.get("text")}
        if p.get("reply_markup"):
            msg["reply_markup"] = p["reply_markup"]
        self.s.messages[(chat["id"], mid)] = msg
        return msg

    def _m_editMessageText(self, p):
        chat = self._chat(p)
        key = (chat["id"], int(p["message_id"]))
        msg = self.s.messages.get(key)
        if msg is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        visible = self._check_text(p)
        self._check_markup(p.get("reply_markup"))
        if msg.get("html") == p.get("text") and msg.get("reply_markup") == p.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified: specified new message content and reply "
                                "markup are exactly the same as a current content and reply markup of the message")
        msg = dict(msg, text=visible, html=p.get("text"), edit_date=int(time.time()))
        if p.get("reply_markup"):
            msg["reply_markup"] = p["reply_markup"]
        else:
            msg.pop("reply_markup", None)
        self.s.messages[key] = msg
        return msg

    def _m_answerCallbackQuery(self, p):
        qid = p.get("callback_query_id")
        if qid not in self.s.callbacks or self.s.callbacks[qid]:  # unknown, or answered already
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        if len(p.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self.s.callbacks[qid] = True
        return True

    def _m_answerInlineQuery(self, p):
        qid = p.get("inline_query_id")
        if qid not in self.s.inline or self.s.inline[qid]:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        results = p.get("results") or []
        if len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [r["id"] for r in results]
        if len(set(ids)) != len(ids) or any(not 1 <= len(i.encode()) <= 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        for r in results:
            content = r.get("input_message_content") or {}
            self._check_text({"text": content.get("message_text"), "parse_mode": content.get("parse_mode")})
            if not r.get("title"):
                raise ApiError(400, "Bad Request: RESULT_TITLE_EMPTY")
        self.s.inline[qid] = True
        return True

    def _m_getFile(self, p):
        file_id = p.get("file_id")
        if file_id not in self.s.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        data = self.s.files[file_id]
        if len(data) > 20 * 1024 * 1024:
            raise ApiError(400, "Bad Request: file is too big")
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(data), "file_path": file_id}
