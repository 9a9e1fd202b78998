"""The error every stage raises for bad input: it names the file and the place in it."""

from __future__ import annotations


class ModelError(Exception):
    """A model that cannot be used; `where` is a JSON pointer or a line:column."""

    def __init__(self, file: str, where: str, message: str) -> None:
        self.file, self.where, self.message = file, where, message
        super().__init__(f"{file}{where}: {message}")


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) as a URI fragment: `#/shapes/Foo/type`."""
    escaped = (str(part).replace("~", "~0").replace("/", "~1") for part in parts)
    return "#/" + "/".join(escaped) if parts else "#"
