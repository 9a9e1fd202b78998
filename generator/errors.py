"""The error every stage raises for bad input: it names the file and the place in it."""

from __future__ import annotations


class ModelError(Exception):
    """A model that cannot be used; `where` is a JSON pointer or a line:column."""

    def __init__(self, file: str, where: str, message: str) -> None:
        self.file, self.where, self.message = file, where, message
        super().__init__(one_line(f"{file}{where}: {message}"))


class InternalError(Exception):
    """A generator bug caught by a check of the generator's own output."""


#: What `str.splitlines` breaks at, escaped as Python writes it in a literal.
_LINE_BREAKS = {
    ord(ch): ch.encode("unicode_escape").decode("ascii")
    for ch in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
}


def one_line(text: str) -> str:
    """The text with its line breaks escaped: an error is reported on one line, even
    when the name it quotes holds a line break."""
    return text.translate(_LINE_BREAKS)


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) as a URI fragment: `#/shapes/Foo/type`."""
    escaped = (str(part).replace("~", "~0").replace("/", "~1") for part in parts)
    return "#/" + "/".join(escaped) if parts else "#"
