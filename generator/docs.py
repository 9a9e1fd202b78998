"""Model documentation (an HTML fragment) turned into plain, wrapped text for docstrings."""

from __future__ import annotations

import html.parser
import re
import textwrap

WIDTH = 80

_BLOCKS = {
    "p",
    "div",
    "ul",
    "ol",
    "li",
    "note",
    "important",
    "br",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "pre",
}
_SPACES = re.compile(r"[ \t\r\f\v\n]+")


class _TextBuilder(html.parser.HTMLParser):
    """Collects paragraphs; list items become '- ' bullets, code spans keep backticks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.bullet = False
        self.href: str | None = None
        self.link_text: list[str] = []

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        if text:
            self.paragraphs.append(("- " if self.bullet else "") + text)
        self.current = []
        self.bullet = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._flush()
            self.bullet = tag == "li"
        elif tag == "code":
            self.current.append("`")
        elif tag == "a":
            self.href = dict(attrs).get("href")
            self.link_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()
        elif tag == "code":
            self.current.append("`")
        elif tag == "a":
            text = "".join(self.link_text).strip()
            if self.href and self.href.startswith("http") and self.href != text:
                self.current.append(f" ({self.href})")
            self.href = None

    def handle_data(self, data: str) -> None:
        self.current.append(data)
        if self.href is not None:
            self.link_text.append(data)


_SURROGATES = re.compile("[\ud800-\udfff]")


def plain(text: str) -> str:
    """Text a docstring can hold: a lone surrogate is no text (and a class cannot
    take it as its docstring), so it becomes U+FFFD."""
    return _SURROGATES.sub("\ufffd", text)


def to_text(fragment: str, width: int = WIDTH) -> str:
    """Readable text: paragraphs separated by a blank line, wrapped at `width`."""
    if not fragment:
        return ""
    fragment = plain(fragment)
    builder = _TextBuilder()
    builder.feed(fragment)
    builder.close()
    builder._flush()
    wrapped = []
    for paragraph in builder.paragraphs:
        indent = "  " if paragraph.startswith("- ") else ""
        wrapped.append(
            textwrap.fill(
                paragraph.replace("``", "`"),
                width=width,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n\n".join(wrapped)
