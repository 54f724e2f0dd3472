"""A strict checker of Telegram's HTML parse mode, after the Bot API documentation:
https://core.telegram.org/bots/api#html-style

Only the listed tags, properly nested; `<`, `>` and `&` only as tags or entities; only the named
entities &lt; &gt; &amp; &quot; and numeric ones. Returns the text a user sees, whose length
(in UTF-16 code units) is what the 4096 limit counts.
"""

from __future__ import annotations

import re

ALLOWED = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji",
           "code", "pre", "blockquote"}
ATTRS = {"a": {"href"}, "span": {"class"}, "tg-emoji": {"emoji-id"}, "code": {"class"}, "blockquote": {"expandable"}}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>")
_ATTR = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class HTMLError(ValueError):
    pass


def parse(html: str) -> str:
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(html):
        ch = html[i]
        if ch == "<":
            m = _TAG.match(html, i)
            if not m:
                raise HTMLError(f"Can't parse entities: unsupported start tag at byte offset {i}")
            closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
            if name not in ALLOWED:
                raise HTMLError(f"Can't parse entities: unsupported start tag \"{name}\" at offset {i}")
            if closing:
                if not stack or stack[-1] != name:
                    raise HTMLError(f"Can't parse entities: unmatched end tag \"{name}\" at offset {i}")
                stack.pop()
            else:
                for attr, value in _ATTR.findall(attrs):
                    if attr.lower() not in ATTRS.get(name, set()):
                        raise HTMLError(f"Can't parse entities: unsupported attribute \"{attr}\" of \"{name}\"")
                    if name == "a" and attr.lower() == "href":
                        href = _unescape(value.strip("\"'"))
                        if not re.match(r"(https?|tg)://", href):
                            raise HTMLError(f"Wrong HTTP URL: {href!r}")
                stack.append(name)
            i = m.end()
        elif ch == "&":
            m = _ENTITY.match(html, i)
            if not m:
                raise HTMLError(f"Can't parse entities: unsupported entity at offset {i}")
            out.append(_unescape(m.group(0)))
            i = m.end()
        elif ch == ">":
            raise HTMLError(f"Can't parse entities: unexpected '>' at offset {i}")
        else:
            out.append(ch)
            i += 1
    if stack:
        raise HTMLError(f"Can't parse entities: can't find end tag corresponding to start tag \"{stack[-1]}\"")
    return "".join(out)


def _unescape(text: str) -> str:
    def one(m: re.Match) -> str:
        e = m.group(1)
        if e in _NAMED:
            return _NAMED[e]
        return chr(int(e[2:], 16) if e.startswith("#x") else int(e[1:]))

    return _ENTITY.sub(one, text)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
