"""benchmarks/fact_sample.py draws the same facts for the same text and seed, and prints
each with its sentence, on a small corpus of its own in nlp-id's format."""

from conftest import load_script

SENTENCES = [
    "Presiden Joko Widodo mengunjungi Surabaya pada Senin .",
    "Menteri Keuangan Sri Mulyani bertemu Gubernur Bank Indonesia Perry Warjiyo .",
    "Polisi menangkap Budi Santoso di Bandung .",
]


def test_the_sample_is_seeded_and_printed_with_its_sentence(tmp_path):
    bench = load_script("benchmarks/fact_sample.py", "fact_sample")
    corpus = tmp_path / "dataset_postag.txt"
    lines = [f"{word}\tX" for k in range(20) for word in [*SENTENCES[k % 3].split(), ""]]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, again = bench.sample(corpus, 4, 7), bench.sample(corpus, 4, 7)
    assert len(first) == 4
    assert [(a, t.subject.name, t.predicate, t.object.name) for a, t in first] == [
        (a, t.subject.name, t.predicate, t.object.name) for a, t in again
    ]
    article, triple = first[0]
    assert article == "nlpid-000" and triple.provenance.sentence in " ".join(SENTENCES).replace(" .", ".")
    printed = bench.line(0, article, triple)
    assert printed.startswith(f"0\tnlpid-000\t{triple.subject.name} [")
    assert f"| {triple.predicate}" in printed
