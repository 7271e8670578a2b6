"""Head words that type a capitalised name by its first word (or, for ORG_WORDS, any
word): organisations, places, facilities, events, products."""

from __future__ import annotations

ORG_HEADS = frozenset(
    [
        "kementerian",
        "kantor",
        "badan",
        "partai",
        "komisi",
        "komite",
        "lembaga",
        "forum",
        "dewan",
        "majelis",
        "pengadilan",
        "mahkamah",
        "universitas",
        "institut",
        "bank",
        "pt",
        "cv",
        "perusahaan",
        "organisasi",
        "yayasan",
        "kepolisian",
        "polisi",
        "tentara",
        "angkatan",
        "pasukan",
        "kejaksaan",
        "agensi",
        "asosiasi",
        "federasi",
        "persatuan",
        "ikatan",
        "serikat",
        "grup",
        "sekolah",
    ]
)

LOC_HEADS = frozenset(
    [
        "laut",
        "selat",
        "gunung",
        "pulau",
        "sungai",
        "teluk",
        "samudra",
        "samudera",
        "danau",
        "semenanjung",
        "kepulauan",
        "provinsi",
        "kabupaten",
        "kota",
        "desa",
        "kecamatan",
        "kelurahan",
        "dusun",
    ]
)

# English organisation heads: anywhere in a name run they make it one ORG
ORG_WORDS = frozenset(
    [
        "initiative",
        "institute",
        "agency",
        "organization",
        "organisation",
        "association",
        "council",
        "committee",
        "foundation",
        "union",
        "university",
        "party",
        "movement",
        "coalition",
        "koalisi",
        "network",
        "center",
        "centre",
        "alliance",
        "service",
        "services",
        "inc",
        "corp",
        "corporation",
        "ltd",
        "company",
        "group",
        "airlines",
        "airways",
        "times",
        "post",
        "office",
    ]
)

FACILITY_HEADS = frozenset(
    [
        "pabrik",
        "fasilitas",
        "pangkalan",
        "markas",
        "bandara",
        "pelabuhan",
        "gedung",
        "kantor",
        "istana",
        "kompleks",
        "situs",
        "reaktor",
        "kilang",
        "tambang",
        "penjara",
        "kamp",
        "rumah",
        "sakit",
        "sekolah",
        "platform",
    ]
)

# A capitalised name led by one of these is a building or site: "Gedung DPR", "Istana Bogor"
# or "Rumah Sakit ..." (institutions housed in buildings, "Kantor ...", stay organisations)
FACILITY_NAME_HEADS = frozenset(
    [
        "gedung",
        "istana",
        "kompleks",
        "komplek",
        "pangkalan",
        "bandara",
        "pelabuhan",
        "stadion",
        "hotel",
        "masjid",
        "gereja",
        "candi",
        "monumen",
        "tugu",
        "lapangan",
        "terminal",
        "stasiun",
        "rumah",
        "jembatan",
        "bendungan",
        "menara",
    ]
)

# A capitalised name led by one of these is an event: "Konferensi Asia-Afrika", "Perang Dingin"
EVENT_HEADS = frozenset(
    [
        "konferensi",
        "ktt",
        "perang",
        "pemilu",
        "pilpres",
        "pilkada",
        "pileg",
        "olimpiade",
        "festival",
        "muktamar",
        "munas",
        "piala",
        "kejuaraan",
        "lomba",
        "pekan",
        "sidang",
        "operasi",
        "revolusi",
        "tragedi",
        "peristiwa",
        "pertempuran",
        "summit",
        "conference",
        "war",
    ]
)

PRODUCT_HEADS = frozenset(
    [
        "rudal",
        "misil",
        "senjata",
        "peluru",
        "roket",
        "drone",
        "tank",
        "kendaraan",
        "pesawat",
        "kapal",
        "amunisi",
        "bom",
        "nuklir",
        "artileri",
        "truk",
    ]
)
