"""Indonesian vocabulary the backend ships: government acronyms, spelling variants, question words.

* :data:`GOVERNMENT_ACRONYMS`: acronyms of daily government work that are
  not the name of one agency (programmes, systems, documents, units), with
  their spelled-out forms. Agencies' own acronyms come from the data (the
  site passes them through the ``SYNONYMS`` source), never from here.
* :data:`SPELLING_VARIANTS`: common non-standard spellings and their KBBI
  standard (*baku*) form, ``{non-standard: standard}``. Both directions
  meet: a reader typing "ijin" finds "izin", and the other way round.
* :data:`QUESTION_WORDS`: words of a question ("bagaimana cara ...",
  "apa manfaat ...") that carry no topic. With relaxed matching they never
  block a match: they add to a document's score where present, and count
  for nothing else. The index keeps them (a title "Cara Cepat ..." is still
  found by "cara cepat").
"""

GOVERNMENT_ACRONYMS = {
    "spbe": ["sistem pemerintahan berbasis elektronik"],
    "bpbd": ["badan penanggulangan bencana daerah"],
    "oss": ["online single submission"],
    "nib": ["nomor induk berusaha"],
    "umkm": ["usaha mikro kecil dan menengah", "usaha mikro kecil menengah"],
    "satpol pp": ["satuan polisi pamong praja", "satpolpp"],
    "posyandu": ["pos pelayanan terpadu"],
    "musrenbang": ["musyawarah perencanaan pembangunan"],
    "sakip": ["sistem akuntabilitas kinerja instansi pemerintah"],
    "lakip": ["laporan akuntabilitas kinerja instansi pemerintah"],
    "e-kinerja": ["ekinerja", "kinerja elektronik"],
    "ptsp": ["pelayanan terpadu satu pintu"],
    "mpp": ["mal pelayanan publik"],
    "bumdes": ["badan usaha milik desa"],
    "pkl": ["pedagang kaki lima"],
    "ikd": ["identitas kependudukan digital"],
    "ktp-el": ["ktp elektronik", "e-ktp", "kartu tanda penduduk elektronik"],
    "kia": ["kartu identitas anak"],
    "dtks": ["data terpadu kesejahteraan sosial"],
    "pkh": ["program keluarga harapan"],
    "bansos": ["bantuan sosial"],
    "pad": ["pendapatan asli daerah"],
    "zi": ["zona integritas"],
    "wbk": ["wilayah bebas dari korupsi", "wilayah bebas korupsi"],
    "wbbm": ["wilayah birokrasi bersih dan melayani"],
    "pokdarwis": ["kelompok sadar wisata"],
    "tte": ["tanda tangan elektronik"],
    "sipd": ["sistem informasi pemerintahan daerah"],
    "lkpd": ["laporan keuangan pemerintah daerah"],
    "pbj": ["pengadaan barang dan jasa"],
    "e-katalog": ["katalog elektronik", "ekatalog"],
    "uptd": ["unit pelaksana teknis daerah"],
    "dashat": ["dapur sehat atasi stunting"],
    "tpps": ["tim percepatan penurunan stunting"],
    "rb": ["reformasi birokrasi"],
    "pmt": ["pemberian makanan tambahan"],
    "adminduk": ["administrasi kependudukan"],
    "kie": ["komunikasi informasi dan edukasi"],
    "e-learning": ["elearning", "pembelajaran daring", "pembelajaran elektronik"],
}

SPELLING_VARIANTS = {
    "ijin": "izin",
    "perijinan": "perizinan",
    "antri": "antre",
    "antrian": "antrean",
    "mengantri": "mengantre",
    "resiko": "risiko",
    "beresiko": "berisiko",
    "kwalitas": "kualitas",
    "kwantitas": "kuantitas",
    "praktek": "praktik",
    "apotik": "apotek",
    "nasehat": "nasihat",
    "propinsi": "provinsi",
    "sekedar": "sekadar",
    "analisa": "analisis",
    "aktifitas": "aktivitas",
    "kreatifitas": "kreativitas",
    "produktifitas": "produktivitas",
    "efektifitas": "efektivitas",
    "sensitifitas": "sensitivitas",
    "obyek": "objek",
    "subyek": "subjek",
    "obyektif": "objektif",
    "sistim": "sistem",
    "tehnik": "teknik",
    "tehnis": "teknis",
    "tehnologi": "teknologi",
    "tekhnologi": "teknologi",
    "standarisasi": "standardisasi",
    "jadual": "jadwal",
    "kadaluarsa": "kedaluwarsa",
    "kadaluwarsa": "kedaluwarsa",
    "silahkan": "silakan",
    "merubah": "mengubah",
    "perubahan": "perubahan",
    "hutang": "utang",
    "himbauan": "imbauan",
    "karir": "karier",
    "konkrit": "konkret",
    "kongkrit": "konkret",
    "managemen": "manajemen",
    "menejemen": "manajemen",
    "mentri": "menteri",
    "nomer": "nomor",
    "orisinil": "orisinal",
    "paska": "pasca",
    "pebruari": "februari",
    "nopember": "november",
    "prosentase": "persentase",
    "rapih": "rapi",
    "sekertaris": "sekretaris",
    "sekertariat": "sekretariat",
    "sistimatis": "sistematis",
    "cidera": "cedera",
    "fikir": "pikir",
    "hakekat": "hakikat",
    "jaman": "zaman",
    "jenasah": "jenazah",
    "lembab": "lembap",
    "milyar": "miliar",
    "trilyun": "triliun",
    "nafas": "napas",
    "pondasi": "fondasi",
    "seksama": "saksama",
    "tauladan": "teladan",
    "telpon": "telepon",
    "tentram": "tenteram",
    "trampil": "terampil",
    "ketrampilan": "keterampilan",
    "varitas": "varietas",
    "walikota": "wali kota",
    "atlit": "atlet",
    "azas": "asas",
    "detil": "detail",
    "diagnosa": "diagnosis",
    "diskripsi": "deskripsi",
    "ekstrim": "ekstrem",
    "frekwensi": "frekuensi",
    "hipotesa": "hipotesis",
    "ijasah": "ijazah",
    "kwitansi": "kuitansi",
    "metoda": "metode",
    "moderen": "modern",
    "omset": "omzet",
    "otentik": "autentik",
    "perduli": "peduli",
    "teoritis": "teoretis",
    "ambulan": "ambulans",
    "kwartal": "kuartal",
    "mesjid": "masjid",
    "mushola": "musala",
    "imunisasi": "imunisasi",
}
# Entries that are their own standard form add nothing; keep the list honest.
SPELLING_VARIANTS = {
    variant: standard for variant, standard in SPELLING_VARIANTS.items() if variant != standard
}

QUESTION_WORDS = frozenset(
    """
    apa apakah apa-apa bagaimana bagaimanakah gimana gmn bgmn mengapa kenapa kapan siapa
    dimana di mana manakah berapa cara caranya langkah langkahnya tips kiat agar supaya
    bisa bisakah dapatkah boleh bolehkah mohon tolong ingin mau perlu saja sih dong kah
    yg utk dgn tsb contoh contohnya adakah
    """.split()
)
