"""The extractor never raises, whatever the text: random Indonesian-like token sequences
with names, titles, capitalised runs at the very end, lone brackets and quotes, line
breaks and dates (hypothesis). The extractor is called directly, without the pipeline's
per-article isolation, so a crash fails the test."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import Article

WORDS = (
    "Presiden Menteri Ketua Wakil Gubernur Kapolda Jaksa Agung Plt Bupati Wali Kota Kepala Direktur "
    "Joko Widodo Prabowo Subianto Sri Mulyani Kim Jong-un Begini Katanya Hal Selain Demo Massa "
    "Korea Utara Rusia Jakarta DPR RI KPK Polri BI Kementerian Keuangan Partai Golkar PT Pertamina Tbk "
    "mengunjungi menjual kepada ke di dari oleh dan serta yang itu tersebut ia dia beliau tidak bukan "
    "mengatakan kata menurut membantah mengecam jika apakah diduga bahwa akan telah sebagai mantan "
    "pabrik rudal bantuan sosial tarif impor Rp US$ 2025 Senin 14/8 28 Desember Januari-Agustus "
    "( ) [ ] \" “ ” ' , . ; : ? ! - – \n \n\n Komisi III DPD Fraksi PKB Dewan Pimpinan Pusat"
).split(" ")

text = st.lists(st.sampled_from(WORDS), min_size=0, max_size=60).map(" ".join)
ending = st.sampled_from(["", ".", " Begini Katanya", " Presiden", " (", ' "', "\n", " Ketua KPK", " (KPK"])


@pytest.fixture(scope="module")
def extractor():
    from kg import registry

    return registry.get("id")


EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "300"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=text, end=ending, title=st.booleans(), dated=st.booleans())
def test_the_extractor_never_raises(extractor, body, end, title, dated):
    content = body + end
    if not content.strip():
        return
    article = Article(id="f", text=content, title="Judul" if title else "", date="2025-01-02" if dated else "")
    [ex] = extractor.extract([article])
    for m in ex.mentions:
        assert content[m.start : m.end] == m.text
    for t in ex.triples:
        assert content[t.provenance.start : t.provenance.end] == t.provenance.sentence
