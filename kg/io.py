"""Readers: paths (.txt, .md, .html, .jsonl, folders, ``-`` for stdin) -> Articles.

Offsets downstream are into ``Article.text``: the decoded file for .txt/.md,
the visible text for .html, the ``text`` field for .jsonl.

:func:`iter_articles` streams and never stops on a bad input: a file or JSONL line
that cannot be read becomes a :class:`~kg.model.Failure` (where, and why) and reading
goes on. Folders skip hidden entries and kg's own output folders.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.html import html_to_text
from kg.model import Article, Failure

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
MAX_BYTES = 50 * 1024 * 1024
OUT_MARKER = "kg-manifest.json"  # written into every `kg build` output folder
_SURROGATE = re.compile("[\ud800-\udfff]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DATELINE = re.compile(
    r"""[ \t]*(?:
        (?P<source>[A-Z][A-Za-z0-9]*\.(?:COM|CO\.ID|ID|NET|com|co\.id|id|net)),[ \t]*(?P<place>[A-Z][A-Za-z. ]{1,40}?)
      | (?P<place2>[A-Z][A-Za-z. ]{1,40}?),[ \t]*(?P<source2>[A-Z][A-Za-z0-9]*\.(?:COM|CO\.ID|ID|NET|com|co\.id|id|net))
      | (?P<place3>[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+)?)
    )[ \t]*[\u2013\u2014-][ \t]+""",
    re.VERBOSE,
)


_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_line(record: object) -> str:
    """One JSON Lines record: UTF-8 as is, but the characters that some readers take for a
    line end (U+0085, U+2028, U+2029) escaped, so every consumer sees one record per line."""
    return json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


def iter_articles(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Article | Failure]:
    """Every article under ``paths``, in order, or a Failure for what could not be read.
    A second article with an id already seen is a Failure too (ids must be unique)."""
    seen: dict[str, str] = {}
    for raw in paths:
        for item in _read_one(raw, stdin):
            if isinstance(item, Article):
                if item.id in seen:
                    item = Failure(item.id, "read", f"id already used by {seen[item.id]} ({item.path})")
                else:
                    seen[item.id] = item.path
            yield item


def read_articles(paths: Iterable[str], stdin: BinaryIO | None = None) -> list[Article]:
    """Every article under ``paths``; the first bad input raises :class:`InputError`."""
    articles = []
    for item in iter_articles(paths, stdin):
        if isinstance(item, Failure):
            raise InputError(f"{item.article}: {item.error}", "fix or remove that input")
        articles.append(item)
    return articles


def count_articles(paths: Iterable[str]) -> int | None:
    """How many articles ``paths`` hold, cheaply (files, JSONL lines), for progress; None for stdin."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        for file in _files(Path(raw)) if Path(raw).is_dir() else [Path(raw)]:
            try:
                total += _count_lines(file) if file.suffix.lower() == ".jsonl" else 1
            except OSError:
                total += 1
    return total


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


def _read_one(raw: str, stdin: BinaryIO | None) -> Iterator[Article | Failure]:
    if raw == "-":
        yield from _read_stdin(stdin)
        return
    path = Path(raw)
    if not path.exists():
        yield Failure(raw, "read", "no such file or folder")
    elif path.is_dir():
        files = _files(path)
        if not files:
            yield Failure(raw, "read", f"no article files in this folder (use {', '.join(SUFFIXES)})")
        for file in files:
            yield from read_file(file, file.relative_to(path).with_suffix("").as_posix())
    else:
        yield from read_file(path, path.stem)


def _read_stdin(stdin: BinaryIO | None) -> Iterator[Article | Failure]:
    try:
        text = decode((stdin or sys.stdin.buffer).read(), "<stdin>")
    except InputError as exc:
        yield Failure("<stdin>", "read", exc.message)
        return
    if _looks_like_jsonl(text):
        yield from parse_jsonl(text, "<stdin>")
    else:
        yield _make("stdin", text, "<stdin>")


def _looks_like_jsonl(text: str) -> bool:
    """JSONL only when the first non-empty line is a JSON object with a "text" string."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    try:
        record = json.loads(first)
    except (ValueError, RecursionError):
        return False
    return isinstance(record, dict) and isinstance(record.get("text"), str)


def _files(folder: Path) -> list[Path]:
    """Article files under ``folder``, sorted; hidden entries and kg output folders skipped."""
    found = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_dir():
            if not path.is_symlink() and not (path / OUT_MARKER).exists():
                found.extend(_files(path))
        elif path.is_file() and path.suffix.lower() in SUFFIXES:
            found.append(path)
    return found


def read_file(path: Path, article_id: str) -> Iterator[Article | Failure]:
    suffix = path.suffix.lower()
    try:
        text = decode(read_bytes(path), str(path))
    except InputError as exc:
        yield Failure(article_id, "read", exc.message)
        return
    if suffix == ".jsonl":
        yield from parse_jsonl(text, str(path))
    elif suffix in (".html", ".htm"):
        title, visible = html_to_text(text)
        yield _make(article_id, visible, str(path), title=title)
    else:
        yield _make(article_id, text, str(path), markdown=suffix == ".md")


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path} is {size // (1024 * 1024)} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit",
                "split it into smaller files or JSONL lines",
            )
        return path.read_bytes()
    except PermissionError as exc:
        raise InputError(f"cannot read {path}: permission denied", "check its permissions") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}", "check the file") from exc


def decode(data: bytes, where: str) -> str:
    """UTF-8 (with or without BOM), or UTF-16/32 with a BOM; anything else is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{where} is not valid {encoding.upper()}", "re-encode it as UTF-8") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{where} is a binary file, not text", "pass .txt, .md, .html or .jsonl")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where} is not valid UTF-8 (bad byte at offset {exc.start})",
            "re-encode it, e.g. iconv -f latin1 -t utf-8",
        ) from exc


def parse_jsonl(text: str, where: str) -> Iterator[Article | Failure]:
    """One article per line; lines end at "\\n" only (U+0085, U+2028 and the like are
    text inside JSON strings, not line ends). A bad line is a Failure; the next is read."""
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield _parse_line(line, f"{where}:{number}")


def _parse_line(line: str, where: str) -> Article | Failure:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Failure(where, "read", f"not JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return Failure(where, "read", "not JSON (nested too deeply)")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return Failure(where, "read", 'no "text" string (write {"id", "text"})')
    if record.get("id") in (None, ""):
        return Failure(where, "read", 'no "id" (write {"id", "text"})')
    meta = {k: _clean(str(record.get(k) or "")) for k in ("title", "date", "url", "lang")}
    return _make(_clean(str(record["id"])), _clean(record["text"]), where, **meta)


def _clean(text: str) -> str:
    """Lone surrogates (valid JSON escapes, invalid text) become U+FFFD; offsets are kept."""
    return _SURROGATE.sub("\ufffd", text)


def _make(article_id: str, text: str, where: str, **kwargs) -> Article | Failure:
    try:
        return make_article(article_id, text, where, **kwargs)
    except InputError as exc:
        return Failure(article_id, "read", exc.message)


def make_article(article_id: str, text: str, where: str, markdown: bool = False, **meta: str) -> Article:
    if not text.strip():
        raise InputError(f"article {article_id!r} ({where}) is empty", "remove it or give it text")
    title = meta.pop("title", "")
    body_start = 0
    if not title:
        title, body_start = split_title(text, markdown)
    source, place, body_start = find_dateline(text, body_start)
    return Article(
        id=article_id,
        text=text,
        title=title,
        source=source,
        place=place,
        body_start=body_start,
        path=where,
        **meta,
    )


def split_title(text: str, markdown: bool = False) -> tuple[str, int]:
    """A short first line followed by a blank line is a title."""
    first, sep, rest = text.partition("\n")
    line = first.strip().lstrip("#").strip() if markdown else first.strip()
    looks_like_title = 0 < len(line) <= 200 and not line.endswith((".", "?", "!"))
    if sep and looks_like_title and rest.lstrip(" \t\r").startswith("\n"):
        return line, len(first) + 1
    return "", 0


def find_dateline(text: str, start: int) -> tuple[str, str, int]:
    rest = text[start : start + 200]
    body = start + len(rest) - len(rest.lstrip())
    match = _DATELINE.match(text, body)
    if not match:
        return "", "", start
    source = match.group("source") or match.group("source2") or ""
    place = match.group("place") or match.group("place2") or match.group("place3") or ""
    return source, place.strip().title(), match.end()
