"""The user's curated alias file (``--aliases FILE``): decisions that win over the
automatic resolution. One decision per line, tab-separated, ``#`` starts a comment:

    same	Gus Ipul	Saifullah Yusuf
    different	KPU	Komisi Penyiaran Umum
    type	Kota Nusantara	GPE

Names are matched as the resolver compares them (case, separators and a state suffix
such as "RI" do not count).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

TYPES = ("PERSON", "ORG", "GPE", "LOC", "FACILITY", "PRODUCT", "EVENT", "LAW", "PROGRAM", "MONEY", "CONCEPT", "MISC")


@dataclass(frozen=True)
class Curated:
    same: tuple[tuple[str, str], ...] = ()
    different: tuple[tuple[str, str], ...] = ()
    types: tuple[tuple[str, str], ...] = ()
    source: str = ""

    def type_for(self, folded: dict[str, str]) -> dict[str, str]:
        """``types`` keyed by the folded name (``folded``: name -> key)."""
        return {folded[name]: etype for name, etype in self.types}


def read_aliases(path: str | Path) -> Curated:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the alias file {path}: {exc}", "give a UTF-8 text file") from exc
    rows: dict[str, list[tuple[str, str]]] = {"same": [], "different": [], "type": []}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 3 or parts[0] not in rows or not parts[1] or not parts[2]:
            raise InputError(
                f"{path}:{number}: expected 'same|different|type<TAB>name<TAB>name-or-type'",
                "see `kg build --help` for the alias file format",
            )
        if parts[0] == "type" and parts[2] not in TYPES:
            raise InputError(f"{path}:{number}: unknown type {parts[2]!r}", f"use one of {', '.join(TYPES)}")
        rows[parts[0]].append((parts[1], parts[2]))
    return Curated(tuple(rows["same"]), tuple(rows["different"]), tuple(rows["type"]), str(path))


EMPTY = Curated()
