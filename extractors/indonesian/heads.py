"""Head words that type a capitalised name by its first word (or, for ORG_WORDS, any
word): organisations, places, facilities, events, products."""

from __future__ import annotations

from collections.abc import Iterable

ORG_HEADS = frozenset(
    [
        "kementerian",
        "kantor",
        "otorita",
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
        *("dinas", "direktorat", "sekretariat", "inspektorat", "biro", "kabinet", "perkumpulan", "koperasi"),
        *("departemen", "divisi", "ditjen", "himpunan", "pusat", "lbh", "perum", "perumda"),
    ]
)
# Regional governments, parliaments, police and prosecutors: the region follows ("DPRD Banten").
REGIONAL_ORGS = frozenset(
    [
        *("pemkot", "pemkab", "pemprov", "dprd", "dprk", "kpud", "bpbd", "bawaslu"),
        *("polda", "polres", "polresta", "polrestabes", "polsek", "kejati", "kejari"),
    ]
)
ORG_HEADS = ORG_HEADS | REGIONAL_ORGS

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
        "pantai",
        "semenanjung",
        "kepulauan",
        "provinsi",
        "kabupaten",
        "kota",
        "desa",
        "kecamatan",
        "kelurahan",
        "dusun",
        # Papua's districts, West Sumatra's and Aceh's villages ("Distrik Walelagama")
        *("distrik", "nagari", "gampong"),
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
        # media, clubs and firms: "Fox News", "Sky Sports", "Science Daily", "Arema FC",
        # "YG Entertainment", "Mitsubishi Motors", "Sony Pictures", "The Wall Street Journal"
        *("news", "sports", "daily", "magazine", "journal", "fc", "entertainment", "motors", "records", "pictures"),
        "studios",
        # firms by their line of business: "PT Sinar Logistics", "Panin Sekuritas" (not the
        # words events and venues share: "Investment Forum", "Jakarta International Expo")
        *("logistics", "holding", "holdings", "technologies", "solutions", "industries", "securities"),
        *("sekuritas", "investments", "partners", "ventures", "consulting", "properties", "insurance"),
        "asuransi",
    ]
)

# English facility heads, written last: "Johns Hopkins Hospital", "Rizal Memorial Stadium",
# "Blok M Square" (not "park", a surname too)
FACILITY_WORDS = frozenset(
    "hotel mall plaza square tower stadium arena airport hospital resort museum theater theatre restaurant".split()
)

# English event heads, written last: "SEA Games", "Indonesia Open", "Grammy Awards", "Premier League"
EVENT_WORDS = frozenset(
    "games cup open championship championships award awards festival summit expo week tour conference olympics"
    " league".split()
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
        "otorita",
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
        "liga",
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


# Titles that name their organisation: "Kapolri Listyo Sigit" leads Polri, "Kapolda Metro
# Jaya X" leads Polda Metro Jaya (the region follows the title), "Menkeu X" is an official
# of Kementerian Keuangan: (relation, the organisation's name or its prefix before the region)
TITLE_ORGS = {
    "kapolri": ("LEADER_OF", "Polri"),
    "kapolda": ("LEADER_OF", "Polda"),
    "kapolres": ("LEADER_OF", "Polres"),
    "kapolresta": ("LEADER_OF", "Polresta"),
    "kapolrestabes": ("LEADER_OF", "Polrestabes"),
    "kapolsek": ("LEADER_OF", "Polsek"),
    "kajari": ("LEADER_OF", "Kejari"),
    "kajati": ("LEADER_OF", "Kejati"),
    "kabareskrim": ("LEADER_OF", "Bareskrim Polri"),
    "menkeu": ("OFFICIAL_OF", "Kementerian Keuangan"),
    "menlu": ("OFFICIAL_OF", "Kementerian Luar Negeri"),
    "menhan": ("OFFICIAL_OF", "Kementerian Pertahanan"),
    "mendagri": ("OFFICIAL_OF", "Kementerian Dalam Negeri"),
    "menkes": ("OFFICIAL_OF", "Kementerian Kesehatan"),
    "mensos": ("OFFICIAL_OF", "Kementerian Sosial"),
    "menag": ("OFFICIAL_OF", "Kementerian Agama"),
    "menpar": ("OFFICIAL_OF", "Kementerian Pariwisata"),
    "menaker": ("OFFICIAL_OF", "Kementerian Ketenagakerjaan"),
    "mentan": ("OFFICIAL_OF", "Kementerian Pertanian"),
    "menhub": ("OFFICIAL_OF", "Kementerian Perhubungan"),
    "mendag": ("OFFICIAL_OF", "Kementerian Perdagangan"),
    "menperin": ("OFFICIAL_OF", "Kementerian Perindustrian"),
    "menkumham": ("OFFICIAL_OF", "Kementerian Hukum dan HAM"),
    "menpora": ("OFFICIAL_OF", "Kementerian Pemuda dan Olahraga"),
    "menparekraf": ("OFFICIAL_OF", "Kementerian Pariwisata dan Ekonomi Kreatif"),
    "mendikbud": ("OFFICIAL_OF", "Kementerian Pendidikan dan Kebudayaan"),
    "menkominfo": ("OFFICIAL_OF", "Kementerian Komunikasi dan Informatika"),
    "menpanrb": ("OFFICIAL_OF", "Kementerian PANRB"),
    "menpupr": ("OFFICIAL_OF", "Kementerian PUPR"),
    "menkop": ("OFFICIAL_OF", "Kementerian Koperasi"),
    "menlhk": ("OFFICIAL_OF", "Kementerian Lingkungan Hidup dan Kehutanan"),
    "menristek": ("OFFICIAL_OF", "Kementerian Riset dan Teknologi"),
    "mensesneg": ("OFFICIAL_OF", "Kementerian Sekretariat Negara"),
    "seskab": ("OFFICIAL_OF", "Sekretariat Kabinet"),
    # the army's regional commands: "Pangdam Jaya X" leads Kodam Jaya, "Kapendam Jaya X"
    # speaks for it, "Dandim X" and "Danrem X" lead the district and area commands
    "pangdam": ("LEADER_OF", "Kodam"),
    "kapendam": ("SPOKESPERSON_OF", "Kodam"),
    "dandim": ("LEADER_OF", "Kodim"),
    "danrem": ("LEADER_OF", "Korem"),
}
DEPUTY = "wa"  # "Wadirut": wakil direktur utama; "Wakapolres": wakil kapolres


def deputy_titles(titles: Iterable[str]) -> dict[str, str]:
    """The deputies' titles of one-word ``titles``: "wa" + title -> title ("wadirut",
    "wasekjen", "wakapolres"); not of titles too short to clip or already a deputy's."""
    return {DEPUTY + t: t for t in titles if len(t) > 3 and not t.startswith(DEPUTY)}


# the deputies' titles ("Wakapolres Bogor X", "Wamenkeu X"): officials of the same organisation
DEPUTY_TITLE_ORGS = {
    deputy: ("OFFICIAL_OF", TITLE_ORGS[title][1])
    for deputy, title in deputy_titles(t for t in TITLE_ORGS if t.startswith(("ka", "men"))).items()
}
TITLE_ORGS = {**TITLE_ORGS, **DEPUTY_TITLE_ORGS}
# Two-word titles of a national office that name it: "Sekretaris Kabinet X" is an official of
# Sekretariat Kabinet, "Jaksa Agung X" leads Kejaksaan Agung (as annotated)
TITLE_PHRASES = {
    ("sekretaris", "kabinet"): ("OFFICIAL_OF", "Sekretariat Kabinet"),
    ("jaksa", "agung"): ("LEADER_OF", "Kejaksaan Agung"),
}
REGIONAL = ("kapolda", "kapolres", "kapolresta", "kapolrestabes", "kapolsek", "kajari", "kajati", "kapendam")
REGIONAL_TITLES = frozenset([*REGIONAL, "pangdam", "dandim", "danrem", *deputy_titles(REGIONAL)])
# Words after which a name is a region: place nouns and regional bodies ("Kota [Bandung]",
# "DPRD [Banten]"), and regional titles, which may also stand right before their holder
# ("Bupati [Solok] Jon Firman Pandu", but "Gubernur [Dedi Mulyadi] mengatakan").
REGION_NOUNS = (
    frozenset(
        ["kota", "kabupaten", "kab", "provinsi", "kecamatan", "desa", "kelurahan", "distrik", "nagari", "gampong"]
    )
    | REGIONAL_ORGS
)
REGION_TITLES = frozenset(["gubernur", "bupati", "walikota", "camat", "lurah", *REGIONAL_TITLES])
REGION_BEFORE = REGION_NOUNS | REGION_TITLES
