"""Query results for a terminal: an aligned table, CSV, or JSON, with control characters
escaped (article text can hold terminal escapes; they are printed as ``\\x1b``)."""

from __future__ import annotations

import csv
import json
from typing import Any

import click

from kg.io import json_line


def print_rows(columns: list[str], rows: list[list[Any]], fmt: str) -> None:
    out = click.get_text_stream("stdout")
    if fmt == "json":
        for row in rows:
            out.write(json_line(dict(zip(columns, row, strict=False))))
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow([printable(c, CSV_CONTROLS) for c in columns])
        writer.writerows([["" if v is None else _cell(v, CSV_CONTROLS) for v in row] for row in rows])
    else:
        table = [[printable(c) for c in columns]] + [[_cell(v) for v in row] for row in rows]
        widths = [max(len(r[i]) for r in table) for i in range(len(columns))]
        for line in table:
            out.write("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n")


# text from articles never reaches a terminal raw: control characters (ESC starts terminal
# escape sequences, also as C1 CSI) are printed as \x1b and the like; CSV keeps line breaks
CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]}
CSV_CONTROLS = {c: v for c, v in CONTROLS.items() if c not in (0x09, 0x0A, 0x0D)}


def printable(text: str, controls: dict[int, str] = CONTROLS) -> str:
    return text.translate(controls)


def _cell(value: Any, controls: dict[int, str] = CONTROLS) -> str:
    return printable(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False), controls)
