"""``--include`` / ``--exclude``: shell globs on the mirror's relative paths. Pure.

``*`` and ``?`` stay within one folder, ``**`` crosses folders (``**/`` also matches no folder
at all), ``[abc]`` is a character class. A pattern without ``/`` matches the file name in any
folder (``*.glb``); one with a ``/`` matches the whole path from the top (a leading ``/`` is
allowed and ignored). A path is kept when it matches an include (or there are none) and no
exclude. The walk applies the filter to leaf files only: the tileset JSON files and subtrees it
needs to find the others are always fetched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import InvalidArgumentError

__all__ = ["EVERYTHING", "PathFilter", "compile_glob", "walks_on"]


def compile_glob(pattern: str) -> re.Pattern[str]:
    """The regular expression of one glob (see the module's doc)."""
    if not pattern or pattern.strip("/") == "":
        raise InvalidArgumentError(f"empty glob {pattern!r}")
    anchored = "/" in pattern.rstrip("/")
    body = pattern.lstrip("/")
    if body.endswith("/"):
        body += "**"  # a folder: everything in it
    out: list[str] = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c == "*":
            if body.startswith("**", i):
                i += 2
                if i < n and body[i] == "/":
                    out.append("(?:.*/)?")  # any folders, or none
                    i += 1
                else:
                    out.append(".*")
                continue
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = body.find("]", i + 2)  # "[]...]": the first "]" is a member
            if end < 0:
                out.append(re.escape(c))
            else:
                inner = body[i + 1 : end]
                if inner.startswith("!"):
                    inner = "^" + inner[1:]
                out.append("[" + inner.replace("\\", "\\\\").replace("[", "\\[") + "]")
                i = end
        else:
            out.append(re.escape(c))
        i += 1
    prefix = "" if anchored else "(?:.*/)?"
    try:
        return re.compile(prefix + "".join(out) + r"\Z", re.DOTALL)
    except re.error as exc:
        raise InvalidArgumentError(f"invalid glob {pattern!r}: {exc}") from None


class PathFilter:
    """Which relative paths a download covers: includes (none: all) minus excludes."""

    __slots__ = ("_exclude", "_include", "active", "exclude", "include")

    def __init__(self, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> None:
        if isinstance(include, str) or isinstance(exclude, str):
            raise InvalidArgumentError("include and exclude take a sequence of globs, not a string")
        self.include, self.exclude = tuple(include), tuple(exclude)
        self._include = [compile_glob(p) for p in include]
        self._exclude = [compile_glob(p) for p in exclude]
        self.active = bool(self._include or self._exclude)

    def __call__(self, path: str) -> bool:
        """True when ``path`` is covered by the download."""
        if self._include and not any(p.match(path) for p in self._include):
            return False
        return not any(p.match(path) for p in self._exclude)

    def keeps(self, path: str) -> bool:
        """True when the mirror holds ``path``: covered, or needed to walk whatever the filter."""
        return self(path) or walks_on(path)

    def describe(self) -> str:
        """The filter as the command line gives it."""
        return " ".join([f"--include {p}" for p in self.include]
                        + [f"--exclude {p}" for p in self.exclude])  # fmt: skip


def walks_on(path: str) -> bool:
    """A file the walk needs whatever the filter (a tileset JSON or a subtree)."""
    return path.lower().endswith((".json", ".subtree"))


EVERYTHING = PathFilter()
