"""What entity resolution across articles needs to know about Indonesian names
(:class:`kg.names.NamePolicy`, published as the ``kg_name_policies`` entry point ``id``)."""

from __future__ import annotations

from kg.extractors.indonesian import lexicon as lx
from kg.extractors.indonesian.gazetteer import gazetteer
from kg.extractors.indonesian.heads import REGIONAL_TITLES, TITLE_ORGS
from kg.names import NamePolicy, without_legal


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


POLICY = NamePolicy(
    # "DPR RI" = "DPR", "KPU Republik Indonesia" = "KPU"
    suffixes=("republik indonesia", "ri"),
    currencies=_words(
        "rp rp. idr us$ usd dolar dollar rupiah euro eur aud sgd jpy yen ringgit myr won krw yuan rmb cny "
        "persen km kg ton ha m2 m3 mw kwh liter gram"
    ),
    org_words=_words(
        "kementerian kemenkeu kemensos kemenag badan dinas komisi dewan majelis partai bank universitas pt cv "
        "lembaga kantor polres polda polsek polri kepolisian pengadilan mahkamah kejaksaan kejari kejati direktorat "
        "satgas asosiasi himpunan ikatan persatuan serikat yayasan fraksi pemerintah pemkab pemkot pemprov kedutaan "
        "kbri sekretariat inspektorat perusahaan koperasi rumah sakit rsud sekolah"
    ),
    # bare heads and common-noun abbreviations that name no one thing
    generic=_words(
        "kementerian badan dinas komisi dewan lembaga kantor partai pemerintah pemkab pemkot pemprov direktorat "
        "plt plh pj wakil ketua kepala presiden menteri gubernur bupati wali wakil walikota camat lurah desa "
        "kabupaten kota provinsi kecamatan kelurahan pt cv tbk cctv ott ktp kk sim bbm umkm asn pns hp atm wib wita "
        "wit ruu perpres perda pp uu sd smp sma smk persero tbk "
        # heads before a proper name: "Kota Bandung" is Bandung, "Partai Golkar" Golkar
        "partai pulau gunung sungai danau teluk selat kepulauan "
        # determiners and quantifiers around a noun
        "ini itu tersebut para seluruh sejumlah beberapa semua setiap banyak berbagai pihak "
        # abbreviations of an address's heads and of "nomor": "Jl.", "Kec.", "No."
        "jl jln kec kab kel no"
    ),
    function_words=_words("dan untuk di ke dari atas serta pada yang the of and for"),
    known=tuple((surface, entry.name) for entry in gazetteer() for surface in entry.names),
    trailing=_words("ini itu tersebut"),
    titles=lx.TITLES
    | frozenset(TITLE_ORGS)
    | REGIONAL_TITLES
    | _words("kopda kopral serda sertu praka pratu kang bang pak bu bapak ibu mas mbak"),
    legal=_words("pt tbk persero cv group grup"),
    # a province is its name ("Provinsi Jawa Barat" = "Jawa Barat"); a city and the regency
    # of the same name are two places ("Kota Bandung", "Kabupaten Bandung"), so they stay
    # and an office is its body ("Kantor Kemenko IPK" = "Kemenko IPK")
    prefixes=_words("provinsi prov. kantor"),
)


def without_state(key: str) -> str:
    """A name key without the state written after it: "dpr ri" is "dpr", "kpu republik
    indonesia" is "kpu" (the state suffixes of :data:`POLICY`); within an article, such names are one entity."""
    for suffix in POLICY.suffixes:
        if key.endswith(" " + suffix) and len(key) > len(suffix) + 2:
            return key[: -len(suffix) - 1]
    return key


def without_legal_form(key: str) -> str:
    """A name key without its company forms: "pt jasa marga (persero) tbk" is "jasa marga"
    (:data:`POLICY`'s ``legal``); within an article, such names are one entity."""
    words = [w.strip("()") for w in key.split()]
    kept = without_legal(words, POLICY)
    return " ".join(kept) if len(kept) < len(words) else key
