"""A hash of everything that decides the Indonesian extractor's output (its code, word
lists and model files), recorded beside the version it belongs to in ``FINGERPRINT``.

``tests/test_extractor_version.py`` fails when the hash moves and the version did not: a
change to the extractor must either bump ``VERSION`` in ``extractor.py`` (the output
changed, provenance must tell) or be shown not to change the output. Then record it:

    python -m kg.extractors.indonesian.fingerprint --write
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).parent
RECORD = HERE / "FINGERPRINT"
PARTS = ("*.py", "data/*", "models/**/*")
NOT_OUTPUT = {"fingerprint.py", "names.py"}  # names.py: the corpus resolver's policy, not extraction


def files() -> list[Path]:
    found = {p for pattern in PARTS for p in HERE.glob(pattern) if p.is_file() and p.name not in NOT_OUTPUT}
    return sorted(p for p in found if "__pycache__" not in p.parts)


def compute() -> str:
    digest = hashlib.sha256()
    for path in files():
        digest.update(path.relative_to(HERE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:16]


def recorded() -> dict[int, str]:
    """Version -> fingerprint, one "v<version> <hash>" per line."""
    rows = [line.split() for line in RECORD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {int(version.lstrip("v")): digest for version, digest in rows}


def write(version: int) -> None:
    rows = recorded() if RECORD.exists() else {}
    rows[version] = compute()
    RECORD.write_text("".join(f"v{v} {h}\n" for v, h in sorted(rows.items())), encoding="utf-8")


if __name__ == "__main__":
    from kg.extractors.indonesian.extractor import VERSION

    if "--write" in sys.argv:
        write(VERSION)
    print(f"v{VERSION} {compute()}")
