"""Document text for HTML: escaped, with http/https URLs as links and nothing else.

Reads: plain text (note text, sentences). Adds: HTML-safe markup where every
character of the text is escaped and only ``http://`` and ``https://`` URLs
become links (``rel="noopener noreferrer nofollow"``); ``javascript:``,
``data:`` and other schemes stay text. Shared by the reading room and the
static report.
"""

from __future__ import annotations

import re
from html import escape

from markupsafe import Markup

#: URLs that may become links: http and https only, never javascript:, data: ...
URL = re.compile(r"https?://[^\s<>\"'\]\)]+[^\s<>\"'\]\).,;:]", re.IGNORECASE)


def safe_url(url: str) -> str | None:
    """``url`` if it is an http(s) URL without spaces or quotes, else None."""
    return url if URL.fullmatch(url) else None


def linkify(text: str) -> Markup:
    """``text`` escaped, with its http/https URLs as links."""
    out: list[str] = []
    last = 0
    for m in URL.finditer(text):
        out.append(escape(text[last : m.start()]))
        url = escape(m.group(0))
        out.append(f'<a href="{url}" rel="noopener noreferrer nofollow">{url}</a>')
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("".join(out))
