"""Build the lemma table shipped in extractors/indonesian/data/lemmas.tsv, the list
of common words in extractors/indonesian/data/common_words.txt and the part-of-speech
lexicon in extractors/indonesian/data/pos.tsv.

Source: the lemma dictionary of the PyPI package ``nlp-id`` (``nlp_id/data/lemma_dict.json``,
MIT; 778k form -> lemma entries). The dictionary is over-generated (it lists forms
nobody writes, e.g. *jelual* -> *jual*) and also lemmatises function words (*secara*
-> *cara*, *setelah* -> *telah*), so the table keeps only forms attested as verbs,
nouns or adjectives (tags VB/NN/JJ, by majority) in the same package's POS-tagged news
corpus, and only entries where the lemma differs from the form. The common words are
those attested forms themselves (majority tag VB/NN/JJ): a capitalised word among them
(*Bersekolah*, *Demo*) is a sentence starter or headline word, not a name, while
*Budi* or *Kota* (mostly tagged NNP) are not on the list. The part-of-speech lexicon
maps every word of the corpus to its most frequent tag, except names (NNP), numbers and
symbols, which the word's shape tells. kg does not depend on nlp-id; fetch it once:

    pip download nlp-id==0.1.23.0 --no-deps -d /tmp/nlpid && cd /tmp/nlpid && unzip -oq nlp_id-*.whl
    python scripts/build_lemmas.py --nlp-id /tmp/nlpid/nlp_id/data
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "extractors" / "indonesian" / "data"
TARGET = DATA / "lemmas.tsv"
COMMON = DATA / "common_words.txt"
POS = DATA / "pos.tsv"
OPEN_CLASS = {"VB", "NN", "JJ"}
SHAPE_TAGS = {"NNP", "NUM", "SYM"}  # told by a word's shape, not a lexicon


def tag_counts(corpus: Path, alpha_only: bool = True) -> dict[str, Counter[str]]:
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for line in corpus.read_text(encoding="utf-8").splitlines():
        word, _, tag = line.partition("\t")
        if word and (word.isalpha() or not alpha_only):
            tags[word.lower()][tag.strip().upper().split("\t")[0]] += 1
    return tags


def attested(corpus: Path) -> set[str]:
    """Lower-case words whose most frequent tag in the corpus is an open class."""
    tags = tag_counts(corpus)
    return {word for word, counts in tags.items() if counts.most_common(1)[0][0] in OPEN_CLASS}


def pos_lexicon(corpus: Path) -> list[tuple[str, str]]:
    """(word, most frequent tag) for every word whose tag is not told by its shape."""
    pairs = ((word, counts.most_common(1)[0][0]) for word, counts in tag_counts(corpus, alpha_only=False).items())
    return sorted((w, t) for w, t in pairs if t not in SHAPE_TAGS and "\t" not in w)


def build(data: Path) -> list[tuple[str, str]]:
    lemmas = json.loads((data / "lemma_dict.json").read_text(encoding="utf-8"))
    words = attested(data / "dataset_postag.txt")
    return sorted((w, lemmas[w]) for w in words if w in lemmas and lemmas[w] != w and lemmas[w].isalpha())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nlp-id", type=Path, required=True, help="the nlp_id/data directory")
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument("--common-out", type=Path, default=COMMON)
    args = parser.parse_args()
    pairs = build(args.nlp_id)
    header = "# form\tlemma: derived by scripts/build_lemmas.py from nlp-id's lemma_dict.json (MIT)\n"
    args.out.write_text(header + "".join(f"{f}\t{lemma}\n" for f, lemma in pairs), encoding="utf-8")
    print(f"wrote {len(pairs):,} entries to {args.out}")
    common = sorted(attested(args.nlp_id / "dataset_postag.txt"))
    header = "# words tagged VB/NN/JJ by majority in nlp-id's POS corpus (MIT); scripts/build_lemmas.py\n"
    args.common_out.write_text(header + "".join(f"{w}\n" for w in common), encoding="utf-8")
    print(f"wrote {len(common):,} words to {args.common_out}")
    lexicon = pos_lexicon(args.nlp_id / "dataset_postag.txt")
    header = "# word\ttag: most frequent tag in nlp-id's POS corpus (MIT); scripts/build_lemmas.py\n"
    POS.write_text(header + "".join(f"{w}\t{t}\n" for w, t in lexicon), encoding="utf-8")
    print(f"wrote {len(lexicon):,} words to {POS}")


if __name__ == "__main__":
    main()
