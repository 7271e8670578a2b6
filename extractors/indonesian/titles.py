"""Titles and role words of Indonesian news: the words before a person's name that say what
they are (*Presiden*, *Menteri*, *Kapolda*, *Kombes*), the portfolio words a minister's
title runs on with, and the role nouns, occupations, relatives and ranks the role rules
tell apart. Read through :mod:`.lexicon`, which re-exports them."""

from __future__ import annotations

from kg.extractors.indonesian.heads import TITLE_ORGS

# Titles and role words: never part of a name, and they mark the next name as a PERSON.
TITLES = frozenset(
    [
        "presiden",
        "menko",
        "wakil",
        "menteri",
        "jenderal",
        "letnan",
        "kolonel",
        "mayor",
        "kapten",
        "laksamana",
        "marsekal",
        "brigjen",
        "mayjen",
        "letjen",
        "irjen",
        "kombes",
        "pol",  # "Kombes Pol. X": the police's mark after a rank
        "kapolri",
        "kapolda",
        "panglima",
        "gubernur",
        "bupati",
        "wali",
        "walikota",
        "raja",
        "ratu",
        "pangeran",
        "kaisar",  # a monarch's title: "Kaisar Jepang Naruhito"
        "emir",  # "Emir Qatar Tamim bin Hamad Al Thani"
        "paus",  # the pope: "Paus Fransiskus" (the whale, *paus*, is no title before a name)
        "ketua",
        "sekretaris",
        "direktur",
        "kepala",
        "juru",
        "jurubicara",
        "bicara",
        "jubir",
        "penasihat",
        "dr",
        "prof",
        "ir",
        "h",
        "hj",
        "drs",  # academic honorifics before a name: "Drs. H. Andi Islamuddin" (not KH: "Jalan KH Umar")
        "dra",
        "drg",
        "pak",
        "bu",
        "bapak",
        "ibu",
        "wapres",
        "waka",  # wakil ketua
        "waketum",  # wakil ketua umum
        "ketum",  # ketua umum
        "wakapolri",
        "wakapolda",
        "wamen",
        "jendral",
        "sekjen",
        "dirut",
        "presdir",  # presiden direktur
        "wagub",
        "walkot",  # wali kota
        "wawali",  # wakil wali kota
        "wabup",  # wakil bupati
        "sekda",  # sekretaris daerah
        "kapolres",
        "kapolsek",
        "komjen",
        "akbp",
        # police and military ranks before a name ("AKP Fery Oktaviari Pratama")
        "akp",
        "iptu",
        "ipda",
        "aipda",
        "aiptu",
        "bripka",
        "brigpol",
        "briptu",
        "bripda",
        "letkol",
        "letda",
        "lettu",
        "serka",
        "sertu",
        "serda",
        "kopda",
        "praka",
        "pratu",
        "kompol",
        # the other ranks of the armed forces and the police ("Serma Budi", "Laksma TNI X",
        # "Bharada E")
        *("pelda", "peltu", "serma", "kopka", "koptu", "prada", "laksma", "laksda", "laksdya"),
        *("marsma", "marsda", "marsdya", "bharada", "bharatu", "bharaka"),
        "tuan",
        "tn",
        "nyonya",
        "ny",
        "sdr",
        "sdri",
        "saudara",  # before a name or initials in police and court news: "saudara AS", "Saudara ISW"
        "saudari",
        "perdana",
        "pm",  # perdana menteri: "PM Malaysia Anwar Ibrahim"
        "kanselir",
        "pemimpin",
        "mantan",
        "duta",
        "besar",
        "dubes",
        "komandan",
        "kanselir",
        "senator",
        "anggota",
        "hakim",
        "jaksa",
        "profesor",
        "camat",
        "lurah",
        "kades",  # kepala desa
        *TITLE_ORGS,  # "Kapolrestabes", "Menkeu": titles that name their organisation
    ]
)
PORTFOLIO = frozenset(
    [
        # cabinet portfolios: "Menteri Desa dan Pembangunan Daerah Tertinggal", "Menteri
        # Pendidikan Dasar dan Menengah", "Menteri Pemberdayaan Perempuan dan Perlindungan Anak"
        "desa",
        "tertinggal",
        "dasar",
        "menengah",
        "tinggi",
        "perempuan",
        "perlindungan",
        "anak",
        "pekerjaan",
        "pekerja",
        "migran",
        "industri",
        "ketahanan",
        "haji",
        "pertanahan",
        "sekretariat",
        "pertahanan",
        "polisi",
        "militer",
        "luar",
        "negeri",
        "dalam",
        "keuangan",
        "pendidikan",
        "kesehatan",
        "agama",
        "hukum",
        "perdagangan",
        "perindustrian",
        "pertanian",
        "sosial",
        "energi",
        "media",
        "keamanan",
        "koordinator",
        "bidang",
        "politik",
        "ekonomi",
        "umum",
        "staf",
        "besar",
        "tertinggi",
        "utama",
        "bicara",
        "menteri",
        "republik",
        "kabinet",
        "kepresidenan",
        "lingkungan",
        "hidup",
        "cabang",
        "wilayah",
        "daerah",
        # further cabinet portfolios and offices: "Menteri Tenaga Kerja dan Transmigrasi"
        "tenaga",
        "kerja",
        "transmigrasi",
        "perumahan",
        "rakyat",
        "imigrasi",
        "perhubungan",
        "kelautan",
        "perikanan",
        "kehutanan",
        "pariwisata",
        "perencanaan",
        "pembangunan",
        "nasional",
        "sekretaris",
        "negara",
        "riset",
        "teknologi",
        "informatika",
        "komunikasi",
        "pemuda",
        "olahraga",
        "koperasi",
        "usaha",
        "badan",
        "milik",
        "pemasaran",
        "niaga",
        "pelaksana",
        "harian",
        "operasional",
        "eksekutif",
        "polhukam",
        # portfolios of the present cabinet's ministries and coordinating ministries
        *("infrastruktur", "kewilayahan", "pangan", "pemberdayaan", "masyarakat", "manusia", "kebudayaan"),
        *("ketenagakerjaan", "kawasan", "permukiman", "agraria", "tata", "ruang", "kependudukan"),
        *("hilirisasi", "digital", "kreatif", "pendayagunaan", "aparatur", "reformasi", "birokrasi"),
        *("pemasyarakatan", "ham", "sains"),
        # the further words of the ministries' full names: "Energi dan Sumber Daya Mineral", "Koperasi
        # dan Usaha Kecil dan Menengah", "Hukum dan Hak Asasi Manusia", "Kependudukan dan Pembangunan
        # Keluarga", "Koordinator Bidang Kemaritiman dan Investasi"
        *("sumber", "daya", "mineral", "kecil", "mikro", "ukm", "umkm", "hak", "asasi", "keluarga", "kemaritiman"),
        "perekonomian",
        "maritim",
        "investasi",
        "agung",
        "muda",
        "pidana",
        "perdata",
        "konstitusi",
        "terpilih",
        "kota",
        "mayoritas",
        "minoritas",
        "senat",
    ]
)
ROLE_NOUNS = frozenset(
    ["pemimpin", "ketua", "kepala", "juru", "pejabat", "diktator", "tokoh", "direktur", "pakar", "pelapor", "calon"]
)
# a team's roles, written before the name with the team as a title is with its organisation
# ("Gelandang Persib Marc Klok", "Pelatih Persija Carlos Pena"): occupations that name the team
TEAM_ROLES = frozenset("pelatih pemain gelandang bek kiper striker penyerang".split())
# occupations written before a person's name ("Aktivis Khariq Anhar", "Ekonom Faisal
# Basri"): not part of the name, but not a role in an organisation either
OCCUPATIONS = (
    frozenset(
        "aktivis pengamat ekonom peneliti politikus politisi pengacara advokat wartawan jurnalis artis aktor "
        "aktris penyanyi atlet mahasiswa mahasiswi dosen analis sejarawan budayawan pengusaha "
        "komedian sutradara tersangka terdakwa terpidana saksi korban pelaku".split()
    )
    | TEAM_ROLES
)
# relatives and aides named after the person they belong to ("istri Presiden ke-4 RI
# Abdurrahman Wahid, Sinta Nuriyah")
KIN = frozenset("istri suami anak putra putri ayah adik kakak cucu menantu mertua keponakan ajudan".split())
# what a relative is to the person named with it (:mod:`.kin_rules`)
KIN_KINDS = {
    **dict.fromkeys(["istri", "suami"], "spouse"),
    **dict.fromkeys(["anak", "putra", "putri"], "child"),
    **dict.fromkeys(["ayah", "ayahanda", "ibunda"], "parent"),
    **dict.fromkeys(["adik", "kakak"], "sibling"),
    **dict.fromkeys(["cucu", "menantu", "mertua", "keponakan"], "relative"),
}


def kin_kind(word: str) -> tuple[str, bool] | None:
    """(kind, possessive) of a kin word as written ("istri", "istrinya"), or None."""
    if word in KIN_KINDS:
        return KIN_KINDS[word], False
    base = word.removesuffix("nya")
    return (KIN_KINDS[base], True) if base != word and base in KIN_KINDS else None


# ranks and academic titles: written between an organisation and a person's name
# ("Polda Babel Kombes Yeyen Lesmana", "BPJS Kesehatan Prof Ali Ghufron Mukti")
RANKS = TITLES & frozenset(
    "akp iptu ipda aipda aiptu bripka brigpol briptu bripda akbp kompol kombes komjen irjen brigjen jenderal "
    "jendral letjen mayjen marsekal laksamana kolonel letkol letda lettu kapten serka sertu serda kopda praka "
    "pratu pol prof dr ir pelda peltu serma kopka koptu prada laksma laksda laksdya marsma marsda marsdya "
    "bharada bharatu bharaka mayor letnan drs dra drg h hj".split()
)
# an officer's corps, written between the rank and the name ("Kolonel Inf Andi Wibowo",
# "Kolonel Chk Fredy", "Letkol Pnb Budi"): part of the title after a rank, never a name's
CORPS = frozenset(
    "inf kav arh arm czi cpm cba ckm cku cpl caj chk cpn kum pnb tek kal adm sus kes pas mar lek nav psk".split()
)


# a noun that completes the title before it, never a name's: "Sekretaris [Perusahaan]" (a
# firm's corporate secretary, as "Corporate Secretary"), not "Direktur Perusahaan Daerah ..."
TITLE_COMPLEMENTS = {"perusahaan": "sekretaris"}


def completes_title(doc, i: int) -> bool:
    """The word at ``i`` completes the title right before it ("Sekretaris [Perusahaan]")."""
    before = TITLE_COMPLEMENTS.get(doc[i].lower_)
    return before is not None and i > 0 and doc[i - 1].lower_ == before


def corps_after_rank(doc, i: int) -> bool:
    """The word at ``i`` is an officer's corps right after a rank."""
    return i > 0 and doc[i].lower_.rstrip(".") in CORPS and doc[i - 1].lower_.rstrip(".") in RANKS
