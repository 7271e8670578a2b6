"""benchmarks/pronouns.py scores the extractor's pronoun resolution against annotated
arguments, on a small annotated article of its own in id_news_train's format."""

import json

from conftest import load_script

TEXT = (
    "Gubernur Jateng Ahmad Luthfi mengunjungi Boyolali\n\n"
    "Gubernur Jawa Tengah Ahmad Luthfi memuji Budi Santoso di Boyolali. Ia menilai pabrik itu penting.\n"
    '"Kami siap membantu," kata Budi Santoso.\n'
)


def fact(sentence: str, head: str, head_name: str, trigger: str) -> dict:
    return {
        "article": "t001",
        "sentence": sentence,
        "head": head,
        "head_name": head_name,
        "tail": "pabrik itu",
        "tail_name": "pabrik itu",
        "relation": "RELATED_TO",
        "trigger": trigger,
    }


def test_each_annotated_pronoun_is_judged_once(tmp_path):
    bench = load_script("benchmarks/pronouns.py", "pronouns_bench")
    folder = tmp_path / "eval" / "id_news_train"
    folder.mkdir(parents=True)
    (folder / "t001.txt").write_text(TEXT, encoding="utf-8")
    facts = [
        fact("Ia menilai pabrik itu penting.", "Ia", "Ahmad Luthfi", "menilai"),
        fact("Ia menilai pabrik itu penting.", "Ia", "Ahmad Luthfi", "menilai"),  # the same occurrence
        fact('"Kami siap membantu," kata Budi Santoso.', "Kami", "Budi Santoso", "siap"),
    ]
    (folder / "facts.jsonl").write_text("".join(json.dumps(f) + "\n" for f in facts), encoding="utf-8")
    counts = bench.resolve_all(tmp_path, None)
    third, side = bench.KINDS["ia"][0], bench.KINDS["kami"][0]
    assert counts == {(third, "right"): 1, (side, "none"): 1}  # Budi Santoso holds no role here
