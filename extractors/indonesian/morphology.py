"""Indonesian verb morphology for relation triggers.

Rather than stripping affixes from every word (error-prone: *mengunjungi* ->
*unjung*), we generate the affixed forms of the few roots the relation
vocabulary names and look words up. Each form carries its voice:

* ``active``  meN-, meN-...-kan, meN-...-i (ber- forms and bare roots only when
  listed explicitly: *bertahan* is not *menahan*)
* ``passive`` di-..., ter-...  (the agent follows: *dibantah oleh X*)
* ``noun``    peN-...-an, ...-an  (nominalisations: *penjualan*, *kunjungan*)
"""

from __future__ import annotations

VOWELS = "aeiou"
SUFFIXES = ("", "kan", "i")


def nasal_prefix(root: str, base: str = "me") -> list[str]:
    """meN-/peN- + root, with the nasal assimilation rules of standard Indonesian.

    Voiceless initials k/p/t/s drop after the nasal (kunjung -> mengunjung); loan
    words often keep them (produksi -> memproduksi), so both are produced.
    """
    first = root[0]
    if len(root) <= 3 or root.count("a") + root.count("e") + root.count("i") + root.count("o") + root.count("u") == 1:
        return [base + "nge" + root, _assimilate(root, base)]
    return [_assimilate(root, base)] + _kept(root, base, first)


def _assimilate(root: str, base: str) -> str:
    first = root[0]
    if first in VOWELS or first in "gh":
        return base + "ng" + root
    if first == "k":
        return base + "ng" + root[1:]
    if first == "p":
        return base + "m" + root[1:]
    if first in "bfv":
        return base + "m" + root
    if first == "t":
        return base + "n" + root[1:]
    if first in "dcjz":
        return base + "n" + root
    if first == "s":
        return base + "ny" + root[1:]
    return base + root


def _kept(root: str, base: str, first: str) -> list[str]:
    if first == "k":
        return [base + "ng" + root]
    if first == "p":
        return [base + "m" + root]
    if first == "t":
        return [base + "n" + root]
    if first == "s":
        return [base + "n" + root]
    return []


def inflect(root: str) -> dict[str, str]:
    """All generated forms of ``root`` mapped to their voice."""
    forms: dict[str, str] = {}
    for suffix in SUFFIXES:
        for active in nasal_prefix(root):
            forms.setdefault(active + suffix, "active")
        forms.setdefault("di" + root + suffix, "passive")
    forms.setdefault("ter" + root, "passive")
    for noun in nasal_prefix(root, "pe"):
        forms.setdefault(noun + "an", "noun")
    forms.setdefault(root + "an", "noun")
    return forms


def parse_form(spec: str) -> tuple[str, str]:
    """``"bertemu:active"`` -> ``("bertemu", "active")``."""
    word, _, voice = spec.partition(":")
    return word.lower(), voice or "active"
