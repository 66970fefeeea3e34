"""Demo members (25 ASN and partners) and the two staff accounts.

Every person here is invented for Simpul's demo; any likeness to a real
civil servant is a coincidence. `agency` is a slug from `agencies.AGENCIES`;
`province` and (optionally) `regency` name the member's region exactly as in
the region tables. `time_zone` is set only by the few members who chose a
zone on their profile; the rest follow their region.

Expertise tags are lowercase and deliberately shared between members so the
directory's tag filter finds groups of people ("who knows stunting?").
"""

WIB, WITA, WIT = "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"

# Demo passwords, printed by `manage.py seed_demo`; never used outside a demo.
MEMBER_PASSWORD = "simpul-demo-2026"
EDITOR_PASSWORD = "simpul-editor-2026"
MODERATOR_PASSWORD = "simpul-moderator-2026"

EMAIL_DOMAIN = "demo.simpul.id"

MEMBERS = [
    # --- Pusat -----------------------------------------------------------------
    {
        "username": "bagus.prasetyo",
        "first_name": "Bagus",
        "last_name": "Prasetyo",
        "display_name": "Bagus Prasetyo, S.I.P., M.P.P.",
        "agency": "kemenpanrb",
        "unit": "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan Pengawasan",
        "position": "Analis Kebijakan Ahli Muda",
        "province": "DKI Jakarta",
        "regency": "Kota Administrasi Jakarta Selatan",
        "expertise": ["sakip", "reformasi birokrasi", "kebijakan publik", "pelayanan publik"],
        "bio": (
            "Sehari-hari menelaah laporan evaluasi SAKIP dan reformasi birokrasi dari "
            "kementerian dan pemerintah daerah. Senang berdiskusi soal indikator kinerja "
            "yang benar-benar dipakai untuk mengambil keputusan, bukan sekadar mengisi formulir."
        ),
        "email_digest": "daily",
    },
    {
        "username": "hendra.gunawan",
        "first_name": "Hendra",
        "last_name": "Gunawan",
        "display_name": "Dr. Hendra Gunawan, M.Si.",
        "agency": "lan",
        "unit": "Pusat Pembelajaran dan Strategi Kebijakan Manajemen Pemerintahan",
        "position": "Widyaiswara Ahli Madya",
        "province": "Sulawesi Selatan",
        "regency": "Kota Makassar",
        "expertise": ["corporate university", "pengembangan kompetensi", "kepemimpinan", "e-learning"],
        "bio": (
            "Widyaiswara LAN yang bertugas di Makassar dan banyak mendampingi pelatihan "
            "kepemimpinan untuk pemerintah daerah di kawasan timur. Sedang menyusun panduan "
            "ASN Corporate University untuk kabupaten dengan anggaran terbatas."
        ),
        "email_digest": "weekly",
    },
    {
        "username": "ratna.wulandari",
        "first_name": "Ratna",
        "last_name": "Wulandari",
        "display_name": "Ratna Wulandari, S.Psi., M.M.",
        "agency": "bkn",
        "unit": "Pusat Penilaian Kompetensi ASN",
        "position": "Asesor SDM Aparatur Ahli Muda",
        "province": "DKI Jakarta",
        "expertise": ["manajemen talenta", "sistem merit", "pengembangan kompetensi"],
        "bio": (
            "Asesor kompetensi di BKN. Membantu instansi memetakan talenta lewat assessment "
            "center dan menyusun rencana pengembangan yang realistis bagi pegawai potensial."
        ),
        "email_digest": "weekly",
    },
    {
        "username": "dimas.nugroho",
        "first_name": "Dimas",
        "last_name": "Aryo Nugroho",
        "display_name": "Dimas Aryo Nugroho",
        "agency": "kanreg-ii-bkn-surabaya",
        "unit": "Bidang Mutasi dan Status Kepegawaian",
        "position": "Analis SDM Aparatur Ahli Pertama",
        "province": "Jawa Timur",
        "regency": "Kota Surabaya",
        "expertise": ["manajemen talenta", "jabatan fungsional", "sistem merit"],
        "bio": (
            "Mengurus usulan mutasi dan kenaikan jabatan fungsional dari kabupaten/kota di "
            "Jawa Timur. Sering ditanya soal angka kredit, jadi senang kalau bisa berbagi di sini."
        ),
        "email_digest": "never",
    },
    {
        "username": "frans.ohee",
        "first_name": "Frans",
        "last_name": "Ohee",
        "display_name": "Frans Ohee, S.Kom.",
        "agency": "kanreg-ix-bkn-jayapura",
        "unit": "Bidang Informasi Kepegawaian",
        "position": "Analis SDM Aparatur Ahli Muda",
        "province": "Papua",
        "regency": "Kota Jayapura",
        "expertise": ["transformasi digital", "manajemen talenta", "sistem merit"],
        "bio": (
            "Anak Sentani yang mengelola data kepegawaian untuk instansi di wilayah Papua. "
            "Fokus saya: bagaimana pemutakhiran data tetap jalan walau sinyal di distrik "
            "sering putus."
        ),
        "email_digest": "weekly",
    },
    # --- DKI Jakarta -----------------------------------------------------------
    {
        "username": "putri.maharani",
        "first_name": "Putri",
        "last_name": "Maharani",
        "display_name": "Putri Maharani, S.E., M.A.P.",
        "agency": "bkd-dki-jakarta",
        "unit": "Bidang Pengembangan Karier dan Kinerja",
        "position": "Analis SDM Aparatur Ahli Madya",
        "province": "DKI Jakarta",
        "regency": "Kota Administrasi Jakarta Pusat",
        "expertise": [
            "manajemen talenta",
            "pengembangan kompetensi",
            "e-learning",
            "sistem merit",
            "kepemimpinan",
        ],
        "bio": (
            "Menyusun pola karier dan talent pool ASN Pemprov DKI Jakarta. Percaya bahwa "
            "rencana suksesi yang baik dimulai dari data kinerja yang jujur."
        ),
        "email_digest": "daily",
    },
    # --- Jawa Timur ------------------------------------------------------------
    {
        "username": "laksmi.pratiwi",
        "first_name": "Laksmi",
        "last_name": "Ayu Pratiwi",
        "display_name": "dr. Laksmi Ayu Pratiwi, M.Kes.",
        "agency": "dinkes-jatim",
        "unit": "Bidang Kesehatan Masyarakat",
        "position": "Administrator Kesehatan Ahli Muda",
        "province": "Jawa Timur",
        "regency": "Kota Surabaya",
        "expertise": ["stunting", "kesehatan ibu dan anak", "imunisasi"],
        "bio": (
            "Mengoordinasikan program kesehatan keluarga dan gizi di 38 kabupaten/kota "
            "Jawa Timur. Ikut menyiapkan forum berbagi bulanan Dinkes Jatim untuk tenaga "
            "kesehatan di puskesmas."
        ),
        "email_digest": "weekly",
    },
    {
        "username": "sri.handayani",
        "first_name": "Sri",
        "last_name": "Handayani",
        "display_name": "Dra. Sri Handayani, M.Pd.",
        "agency": "bpsdm-jatim",
        "unit": "Bidang Pengembangan Kompetensi Manajerial",
        "position": "Widyaiswara Ahli Madya",
        "province": "Jawa Timur",
        "regency": "Kota Surabaya",
        "expertise": ["kepemimpinan", "pengembangan kompetensi", "corporate university"],
        "bio": (
            "Dua puluh tahun mengajar di pelatihan kepemimpinan administrator dan pengawas. "
            "Sekarang lebih banyak mendampingi proyek perubahan peserta sampai benar-benar "
            "dijalankan di kantornya."
        ),
        "email_digest": "never",
        "email_notifications": False,
    },
    {
        "username": "rizky.maulana",
        "first_name": "Rizky",
        "last_name": "Maulana",
        "display_name": "Rizky Maulana",
        "agency": "bpsdm-jatim",
        "unit": "Kampus Malang, Bidang Penyelenggaraan Pembelajaran",
        "position": "Pengembang Teknologi Pembelajaran Ahli Pertama",
        "province": "Jawa Timur",
        "regency": "Kota Malang",
        "expertise": ["e-learning", "transformasi digital", "literasi digital", "pengembangan kompetensi"],
        "bio": (
            "Merancang kelas daring dan video pembelajaran singkat untuk ASN di Jawa Timur. "
            "Prinsip saya: materi harus tetap bisa dibuka dari ponsel dengan kuota seadanya."
        ),
        "email_digest": "weekly",
    },
    {
        "username": "fitri.nurjanah",
        "first_name": "Fitri",
        "last_name": "Nurjanah",
        "display_name": "Fitri Nurjanah, S.Sos.",
        "agency": "dispendukcapil-surabaya",
        "unit": "Bidang Pelayanan Pendaftaran Penduduk",
        "position": "Kepala Seksi Pelayanan Pendaftaran Penduduk",
        "province": "Jawa Timur",
        "regency": "Kota Surabaya",
        "expertise": ["adminduk", "pelayanan publik", "inovasi daerah", "survei kepuasan masyarakat"],
        "bio": (
            "Mengawal layanan KTP-el, KIA, dan pindah datang di Surabaya, termasuk layanan "
            "jemput bola ke kelurahan. Terbuka berbagi cara kami memangkas antrean di loket."
        ),
        "email_digest": "weekly",
    },
    {
        "username": "nur.aini",
        "first_name": "Nur",
        "last_name": "Aini Safitri",
        "display_name": "Nur Aini Safitri, S.Psi.",
        "agency": "bkpsdm-banyuwangi",
        "unit": "Bidang Pengembangan Kompetensi Aparatur",
        "position": "Analis SDM Aparatur Ahli Muda",
        "province": "Jawa Timur",
        "regency": "Kabupaten Banyuwangi",
        "time_zone": WIB,
        "expertise": ["pengembangan kompetensi", "corporate university", "manajemen talenta", "e-learning"],
        "bio": (
            "Mengelola program pengembangan kompetensi 20 jam pelajaran per tahun untuk ASN "
            "Banyuwangi, sebagian besar lewat pembelajaran mandiri dan coaching di unit kerja."
        ),
        "email_digest": "daily",
    },
    # --- Daerah Istimewa Yogyakarta -------------------------------------------
    {
        "username": "galih.pambudi",
        "first_name": "Galih",
        "last_name": "Pambudi",
        "display_name": "Galih Pambudi, S.T.",
        "agency": "diskominfo-sleman",
        "unit": "Bidang Aplikasi Informatika",
        "position": "Pranata Komputer Ahli Pertama",
        "province": "Daerah Istimewa Yogyakarta",
        "regency": "Kabupaten Sleman",
        "expertise": ["spbe", "transformasi digital", "pelayanan publik"],
        "bio": (
            "Mengembangkan aplikasi layanan untuk perangkat daerah di Sleman dan ikut "
            "menyiapkan penilaian SPBE. Lebih suka aplikasi sederhana yang dipakai daripada "
            "aplikasi canggih yang ditinggalkan."
        ),
        "email_digest": "never",
    },
    # --- Bali ------------------------------------------------------------------
    {
        "username": "gede.wirawan",
        "first_name": "I Gede",
        "last_name": "Wirawan",
        "display_name": "I Gede Wirawan, S.Kom., M.T.",
        "agency": "diskominfos-bali",
        "unit": "Bidang Statistik dan Satu Data",
        "position": "Pranata Komputer Ahli Muda",
        "province": "Bali",
        "regency": "Kota Denpasar",
        "expertise": ["transformasi digital", "spbe", "satu data", "literasi digital"],
        "bio": (
            "Mengurus portal Satu Data Bali dan integrasi data antarperangkat daerah. "
            "Suka membantu teman-teman OPD merapikan tabel sebelum dipublikasikan."
        ),
        "email_digest": "weekly",
    },
    # --- Sulawesi Selatan ------------------------------------------------------
    {
        "username": "andi.nurhaliza",
        "first_name": "Andi",
        "last_name": "Nurhaliza",
        "display_name": "Andi Nurhaliza, S.Gz., M.Kes.",
        "agency": "dinkes-sulsel",
        "unit": "Bidang Kesehatan Masyarakat",
        "position": "Nutrisionis Ahli Muda",
        "province": "Sulawesi Selatan",
        "expertise": ["stunting", "gizi masyarakat", "kesehatan ibu dan anak"],
        "bio": (
            "Mendampingi kabupaten/kota di Sulawesi Selatan dalam percepatan penurunan "
            "stunting, terutama pemantauan pertumbuhan di posyandu dan pemberian makanan "
            "tambahan berbahan pangan lokal."
        ),
        "email_digest": "weekly",
    },
    {
        "username": "ikhsan.syamsuddin",
        "first_name": "Muhammad",
        "last_name": "Ikhsan Syamsuddin",
        "display_name": "Muh. Ikhsan Syamsuddin, S.K.M.",
        "agency": "dinkes-makassar",
        "unit": "Bidang Kesehatan Masyarakat",
        "position": "Kepala Seksi Kesehatan Keluarga dan Gizi",
        "province": "Sulawesi Selatan",
        "regency": "Kota Makassar",
        "expertise": ["stunting", "kesehatan ibu dan anak", "inovasi daerah", "pelayanan publik"],
        "bio": (
            "Menangani kesehatan keluarga dan gizi di 47 puskesmas Kota Makassar. Sedang "
            "menguji pencatatan kunjungan ibu hamil lewat formulir daring sederhana."
        ),
        "email_digest": "daily",
    },
    {
        "username": "fadli.ramadhan",
        "first_name": "Fadli",
        "last_name": "Ramadhan",
        "display_name": "dr. Fadli Ramadhan",
        "agency": "rsud-kota-makassar",
        "unit": "Instalasi Gawat Darurat",
        "position": "Dokter Ahli Pertama",
        "province": "Sulawesi Selatan",
        "regency": "Kota Makassar",
        "expertise": ["rekam medis elektronik", "pelayanan publik", "transformasi digital"],
        "bio": (
            "Dokter jaga IGD yang ikut tim peralihan ke rekam medis elektronik di rumah sakit. "
            "Tertarik pada cara mengurangi waktu tunggu pasien tanpa menambah beban perawat."
        ),
        "email_digest": "never",
        "email_notifications": False,
    },
    # --- Nusa Tenggara Timur ---------------------------------------------------
    {
        "username": "yuliana.ndolu",
        "first_name": "Yuliana",
        "last_name": "Ndolu",
        "display_name": "Yuliana Ndolu, S.E., M.Si.",
        "agency": "bappeda-ntt",
        "unit": "Bidang Pemerintahan dan Pembangunan Manusia",
        "position": "Perencana Ahli Madya",
        "province": "Nusa Tenggara Timur",
        "regency": "Kota Kupang",
        "expertise": ["perencanaan pembangunan", "stunting", "sakip", "kebijakan publik"],
        "bio": (
            "Menyusun rencana kerja pemerintah daerah bidang pembangunan manusia di NTT. "
            "Mencari cara agar data stunting dari puskesmas benar-benar masuk ke dokumen "
            "perencanaan dan penganggaran."
        ),
        "email_digest": "weekly",
    },
    {
        "username": "agustina.nenobais",
        "first_name": "Agustina",
        "last_name": "Nenobais",
        "display_name": "Agustina Nenobais, A.Md.Keb.",
        "agency": "dinkes-kabupaten-kupang",
        "unit": "UPTD Puskesmas Oesao",
        "position": "Bidan",
        "province": "Nusa Tenggara Timur",
        "regency": "Kabupaten Kupang",
        "expertise": ["kesehatan ibu dan anak", "stunting", "imunisasi"],
        "bio": (
            "Bidan puskesmas yang melayani beberapa desa di Kupang Timur. Sering keliling "
            "posyandu dengan motor, jadi lebih banyak membaca forum ini lewat ponsel."
        ),
        "email_digest": "never",
    },
    {
        "username": "yosef.bria",
        "first_name": "Yosef",
        "last_name": "Bria",
        "display_name": "Yosef Bria",
        "agency": "perwakilan-bkkbn-ntt",
        "unit": "Balai Penyuluhan KB Kecamatan Soe",
        "position": "Penyuluh KB Ahli Pertama",
        "province": "Nusa Tenggara Timur",
        "regency": "Kabupaten Timor Tengah Selatan",
        "expertise": ["keluarga berencana", "stunting"],
        "bio": (
            "Penyuluh KB di Timor Tengah Selatan, bekerja bersama tim pendamping keluarga "
            "untuk calon pengantin dan keluarga dengan balita."
        ),
        "email_digest": "weekly",
    },
    # --- Maluku ----------------------------------------------------------------
    {
        "username": "christina.pattiasina",
        "first_name": "Christina",
        "last_name": "Pattiasina",
        "display_name": "Christina Pattiasina, S.K.M.",
        "agency": "dinkes-ambon",
        "unit": "Bidang Pencegahan dan Pengendalian Penyakit",
        "position": "Epidemiolog Kesehatan Ahli Pertama",
        "province": "Maluku",
        "regency": "Kota Ambon",
        "time_zone": WIT,
        "expertise": ["imunisasi", "kesehatan ibu dan anak", "data kesehatan"],
        "bio": (
            "Memantau cakupan imunisasi dan laporan penyakit dari puskesmas di Kota Ambon, "
            "termasuk wilayah pesisir yang hanya bisa dijangkau dengan perahu."
        ),
        "email_digest": "weekly",
    },
    # --- Papua -----------------------------------------------------------------
    {
        "username": "naomi.yoku",
        "first_name": "Naomi",
        "last_name": "Yoku",
        "display_name": "dr. Naomi Yoku",
        "agency": "dinkes-papua",
        "unit": "Bidang Kesehatan Masyarakat",
        "position": "Dokter Ahli Muda",
        "province": "Papua",
        "regency": "Kota Jayapura",
        "expertise": ["kesehatan ibu dan anak", "stunting", "imunisasi", "data kesehatan"],
        "bio": (
            "Pernah bertugas di puskesmas pedalaman sebelum pindah ke dinas provinsi. Ingin "
            "belajar dari daerah lain soal menjaga layanan ibu dan anak di kampung yang jauh."
        ),
        "email_digest": "weekly",
    },
    {
        "username": "markus.rumbewas",
        "first_name": "Markus",
        "last_name": "Rumbewas",
        "display_name": "Markus Rumbewas, S.Pd., M.Si.",
        "agency": "bpsdm-papua",
        "unit": "Bidang Pengembangan Kompetensi Teknis",
        "position": "Widyaiswara Ahli Muda",
        "province": "Papua",
        "time_zone": WIT,
        "expertise": ["e-learning", "pengembangan kompetensi", "kepemimpinan"],
        "bio": (
            "Mengajar di pelatihan dasar CPNS dan pelatihan teknis di BPSDM Papua. Sedang "
            "mencoba model belajar campuran: modul cetak untuk distrik tanpa internet, kelas "
            "daring untuk yang di kota."
        ),
        "email_digest": "daily",
    },
    {
        "username": "elisabeth.ireeuw",
        "first_name": "Elisabeth",
        "last_name": "Ireeuw",
        "display_name": "Elisabeth Ireeuw, S.Pd.",
        "agency": "disdik-kabupaten-jayapura",
        "unit": "Bidang Pembinaan Sekolah Dasar",
        "position": "Pengawas Sekolah Ahli Muda",
        "province": "Papua",
        "regency": "Kabupaten Jayapura",
        "expertise": ["pendidikan dasar", "literasi digital", "pengembangan kompetensi"],
        "bio": (
            "Membina sekolah dasar di sekitar Danau Sentani dan Depapre. Mengumpulkan cerita "
            "guru yang tetap mengajar dengan baik walau fasilitasnya terbatas."
        ),
        "email_digest": "never",
    },
    # --- Mitra (non-ASN) -------------------------------------------------------
    {
        "username": "nurul.fadhilah",
        "first_name": "Nurul",
        "last_name": "Fadhilah Amir",
        "display_name": "Dr. Nurul Fadhilah Amir, S.K.M., M.Kes.",
        "is_partner": True,
        "partner_organisation": "Fakultas Kesehatan Masyarakat, Universitas Hasanuddin",
        "unit": "Departemen Gizi",
        "position": "Dosen dan Peneliti Gizi Masyarakat",
        "province": "Sulawesi Selatan",
        "regency": "Kota Makassar",
        "time_zone": WIT,
        "expertise": ["stunting", "gizi masyarakat", "kebijakan publik"],
        "bio": (
            "Dosen gizi masyarakat yang tahun ini banyak di lapangan untuk penelitian "
            "pangan lokal dan stunting di Papua, jadi jam saya sementara mengikuti WIT."
        ),
        "email_digest": "weekly",
    },
    {
        "username": "theresia.ratu",
        "first_name": "Theresia",
        "last_name": "Ratu Kaka",
        "display_name": "Theresia Ratu Kaka",
        "is_partner": True,
        "partner_organisation": "Perkumpulan Lintas Kampung Nusa Tenggara",
        "unit": "Program Tata Kelola Desa",
        "position": "Koordinator Program",
        "province": "Nusa Tenggara Timur",
        "regency": "Kota Kupang",
        "expertise": ["pelayanan publik", "literasi digital", "inovasi daerah", "adminduk"],
        "bio": (
            "Bekerja bersama pemerintah desa dan kecamatan di Sumba dan Timor untuk layanan "
            "adminduk dan pengaduan warga. Mitra, bukan ASN, tetapi senang belajar bersama di sini."
        ),
        "email_digest": "weekly",
    },
]

# Staff accounts: each also has a member profile. `group` is a role name from
# community.roles. Passwords are set only when the account is first created.
STAFF_ACCOUNTS = [
    {
        "username": "editor",
        "group": "Editors",
        "password": EDITOR_PASSWORD,
        "first_name": "Siti Aminah",
        "last_name": "Lubis",
        "display_name": "Siti Aminah Lubis, S.Sos., M.A. (Editor Simpul)",
        "email": f"editor@{EMAIL_DOMAIN}",
        "agency": "lan",
        "unit": "Pusat Kajian Manajemen ASN",
        "position": "Analis Kebijakan Ahli Madya",
        "province": "DKI Jakarta",
        "regency": "Kota Administrasi Jakarta Pusat",
        "expertise": ["corporate university", "kebijakan publik", "pengembangan kompetensi"],
        "bio": (
            "Kurator praktik baik di Simpul. Membaca setiap kiriman, membantu merapikan "
            "tulisannya, lalu menerbitkannya agar bisa dipakai instansi lain."
        ),
        "email_digest": "daily",
    },
    {
        "username": "moderator",
        "group": "Moderators",
        "password": MODERATOR_PASSWORD,
        "first_name": "Yusuf",
        "last_name": "Kurniawan",
        "display_name": "Yusuf Kurniawan (Moderator)",
        "email": f"moderator@{EMAIL_DOMAIN}",
        "agency": "dinkes-jatim",
        "unit": "Sekretariat, Subbagian Umum dan Kepegawaian",
        "position": "Pranata Hubungan Masyarakat Ahli Muda",
        "province": "Jawa Timur",
        "regency": "Kota Surabaya",
        "expertise": ["pelayanan publik", "kesehatan ibu dan anak", "literasi digital"],
        "bio": (
            "Moderator forum berbagi bulanan Dinkes Jatim. Menjaga diskusi tetap sopan, "
            "menandai solusi, dan merangkum notulen setiap sesi."
        ),
        "email_digest": "daily",
    },
]
