"""A currency written with its country ("dolar AS", "yen Jepang", "dolar Hong Kong") is
part of an amount, not a mention of the country (extractor v231): no fact gives the
country for a price. Fixed NER output, so the test does not move with the NER's weights."""

import pytest
from test_components import mentions, run_after_ner


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "China mengirim bantuan senilai 10 juta dolar AS ke Palestina.",
            [("China", "LOC"), ("AS", "LOC"), ("Palestina", "LOC")],
            [("China", "GPE"), ("Palestina", "GPE")],
        ),
        (
            "Rupiah melemah terhadap dolar Amerika Serikat dan yen Jepang.",
            [("Amerika Serikat", "LOC"), ("Jepang", "LOC")],
            [],
        ),
        (  # the country named alone in the same sentence stays
            "Ekspor ke AS mencapai 20 miliar dolar AS.",
            [("AS", "LOC"), ("AS", "LOC")],
            [("AS", "GPE")],
        ),
        (  # a currency word before a word that names no country: nothing blocked
            "Harga naik 2 dolar Senin lalu di Jakarta.",
            [("Jakarta", "LOC")],
            [("Jakarta", "GPE")],
        ),
    ],
)
def test_a_currency_s_country_is_no_mention(nlp, text, names, expected):
    assert mentions(run_after_ner(nlp, text, names)) == expected
