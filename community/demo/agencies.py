"""Demo agencies (instansi) across Indonesia's three time zones.

Each entry names its region by province and, for agencies that sit in a
regency or city, by the regency/city's exact name in
community/data/regencies.csv. Central agencies (pusat) sit in DKI Jakarta
unless they are a regional office. `parent` is the slug of another entry
listed earlier.

WIB: DKI Jakarta, Jawa Timur, Daerah Istimewa Yogyakarta
WITA: Bali, Nusa Tenggara Timur, Sulawesi Selatan
WIT: Maluku, Papua
"""

AGENCIES = [
    # --- Pusat (DKI Jakarta) -------------------------------------------------
    {
        "slug": "kemenpanrb",
        "name": "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        "acronym": "KemenPANRB",
        "level": "pusat",
        "province": "DKI Jakarta",
    },
    {
        "slug": "lan",
        "name": "Lembaga Administrasi Negara",
        "acronym": "LAN",
        "level": "pusat",
        "province": "DKI Jakarta",
    },
    {
        "slug": "bkn",
        "name": "Badan Kepegawaian Negara",
        "acronym": "BKN",
        "level": "pusat",
        "province": "DKI Jakarta",
    },
    {
        "slug": "kanreg-ii-bkn-surabaya",
        "name": "Kantor Regional II Badan Kepegawaian Negara Surabaya",
        "acronym": "Kanreg II BKN",
        "level": "pusat",
        "province": "Jawa Timur",
        "regency": "Kota Surabaya",
        "parent": "bkn",
    },
    {
        "slug": "kanreg-ix-bkn-jayapura",
        "name": "Kantor Regional IX Badan Kepegawaian Negara Jayapura",
        "acronym": "Kanreg IX BKN",
        "level": "pusat",
        "province": "Papua",
        "regency": "Kota Jayapura",
        "parent": "bkn",
    },
    # --- DKI Jakarta (WIB) ---------------------------------------------------
    {
        "slug": "bkd-dki-jakarta",
        "name": "Badan Kepegawaian Daerah Provinsi DKI Jakarta",
        "acronym": "BKD DKI",
        "level": "provinsi",
        "province": "DKI Jakarta",
    },
    # --- Jawa Timur (WIB) ----------------------------------------------------
    {
        "slug": "dinkes-jatim",
        "name": "Dinas Kesehatan Provinsi Jawa Timur",
        "acronym": "Dinkes Jatim",
        "level": "provinsi",
        "province": "Jawa Timur",
    },
    {
        "slug": "bpsdm-jatim",
        "name": "Badan Pengembangan Sumber Daya Manusia Provinsi Jawa Timur",
        "acronym": "BPSDM Jatim",
        "level": "provinsi",
        "province": "Jawa Timur",
    },
    {
        "slug": "dispendukcapil-surabaya",
        "name": "Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya",
        "acronym": "Dispendukcapil Surabaya",
        "level": "kota",
        "province": "Jawa Timur",
        "regency": "Kota Surabaya",
    },
    {
        "slug": "bkpsdm-banyuwangi",
        "name": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Banyuwangi",
        "acronym": "BKPSDM Banyuwangi",
        "level": "kabupaten",
        "province": "Jawa Timur",
        "regency": "Kabupaten Banyuwangi",
    },
    # --- Daerah Istimewa Yogyakarta (WIB) ------------------------------------
    {
        "slug": "diskominfo-sleman",
        "name": "Dinas Komunikasi dan Informatika Kabupaten Sleman",
        "acronym": "Diskominfo Sleman",
        "level": "kabupaten",
        "province": "Daerah Istimewa Yogyakarta",
        "regency": "Kabupaten Sleman",
    },
    # --- Bali (WITA) ---------------------------------------------------------
    {
        "slug": "diskominfos-bali",
        "name": "Dinas Komunikasi, Informatika dan Statistik Provinsi Bali",
        "acronym": "Diskominfos Bali",
        "level": "provinsi",
        "province": "Bali",
    },
    # --- Sulawesi Selatan (WITA) ---------------------------------------------
    {
        "slug": "dinkes-sulsel",
        "name": "Dinas Kesehatan Provinsi Sulawesi Selatan",
        "acronym": "Dinkes Sulsel",
        "level": "provinsi",
        "province": "Sulawesi Selatan",
    },
    {
        "slug": "dinkes-makassar",
        "name": "Dinas Kesehatan Kota Makassar",
        "acronym": "Dinkes Makassar",
        "level": "kota",
        "province": "Sulawesi Selatan",
        "regency": "Kota Makassar",
    },
    {
        "slug": "rsud-kota-makassar",
        "name": "Rumah Sakit Umum Daerah Kota Makassar",
        "acronym": "RSUD Kota Makassar",
        "level": "kota",
        "province": "Sulawesi Selatan",
        "regency": "Kota Makassar",
        "parent": "dinkes-makassar",
    },
    # --- Nusa Tenggara Timur (WITA) ------------------------------------------
    {
        "slug": "bappeda-ntt",
        "name": "Badan Perencanaan Pembangunan Daerah Provinsi Nusa Tenggara Timur",
        "acronym": "Bappeda NTT",
        "level": "provinsi",
        "province": "Nusa Tenggara Timur",
    },
    {
        "slug": "perwakilan-bkkbn-ntt",
        "name": "Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional Provinsi Nusa Tenggara Timur",
        "acronym": "Perwakilan BKKBN NTT",
        "level": "pusat",
        "province": "Nusa Tenggara Timur",
    },
    {
        "slug": "dinkes-kabupaten-kupang",
        "name": "Dinas Kesehatan Kabupaten Kupang",
        "acronym": "Dinkes Kab. Kupang",
        "level": "kabupaten",
        "province": "Nusa Tenggara Timur",
        "regency": "Kabupaten Kupang",
    },
    # --- Maluku (WIT) --------------------------------------------------------
    {
        "slug": "dinkes-ambon",
        "name": "Dinas Kesehatan Kota Ambon",
        "acronym": "Dinkes Ambon",
        "level": "kota",
        "province": "Maluku",
        "regency": "Kota Ambon",
    },
    # --- Papua (WIT) ---------------------------------------------------------
    {
        "slug": "dinkes-papua",
        "name": "Dinas Kesehatan Provinsi Papua",
        "acronym": "Dinkes Papua",
        "level": "provinsi",
        "province": "Papua",
    },
    {
        "slug": "bpsdm-papua",
        "name": "Badan Pengembangan Sumber Daya Manusia Provinsi Papua",
        "acronym": "BPSDM Papua",
        "level": "provinsi",
        "province": "Papua",
    },
    {
        "slug": "disdik-kabupaten-jayapura",
        "name": "Dinas Pendidikan Kabupaten Jayapura",
        "acronym": "Disdik Kab. Jayapura",
        "level": "kabupaten",
        "province": "Papua",
        "regency": "Kabupaten Jayapura",
    },
]
