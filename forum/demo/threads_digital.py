"""Demo threads of Forum Transformasi Digital."""

THREADS = [
    {
        "author": "galih.pambudi",
        "title": "Satu aplikasi pengaduan untuk semua OPD: bagaimana meyakinkan dinas yang sudah punya sendiri?",
        "tags": ["spbe", "pengaduan", "pelayanan publik"],
        "opening": (
            "Kabupaten kami punya tujuh kanal pengaduan dari tujuh OPD. Rencananya semua dilebur ke satu "
            "aplikasi, tetapi dua dinas menolak karena aplikasi mereka sudah dikenal warga. Bagaimana rekan-"
            "rekan menangani keberatan seperti ini?"
        ),
        "answers": [
            (
                "gede.wirawan",
                "Jangan matikan aplikasi lama dulu. Kami membuat aplikasi lama meneruskan pengaduan ke sistem pusat, jadi warga tidak merasa kehilangan, dan pelan-pelan kanalnya pindah sendiri.",
            ),
            (
                "bagus.prasetyo",
                "Sampaikan bahwa pengaduan yang tersebar membuat kinerja pelayanan sulit dinilai. Di evaluasi SPBE dan pelayanan publik, satu kanal terintegrasi memberi nilai lebih.",
            ),
            (
                "fitri.nurjanah",
                "Pastikan dinas tetap memegang tindak lanjutnya. Yang sering ditakuti adalah kehilangan kendali, bukan aplikasinya.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "gede.wirawan",
        "title": "Portal satu data daerah sepi pengunjung, datanya jarang dipakai",
        "tags": ["satu data", "data terbuka", "spbe"],
        "opening": (
            "Portal satu data provinsi kami sudah memuat lebih dari seribu set data, tetapi pengunjungnya "
            "sedikit dan OPD tetap meminta data lewat surat. Bagaimana membuat portal benar-benar dipakai?"
        ),
        "answers": [
            (
                "yuliana.ndolu",
                "Bappeda kami mewajibkan semua dokumen perencanaan mengutip data dari portal, lengkap dengan tautannya. Sejak itu OPD sendiri yang mengejar agar datanya mutakhir.",
            ),
            (
                "galih.pambudi",
                "Kurangi jumlah set data, perbanyak kualitas. Seratus set data yang mutakhir lebih berguna daripada seribu yang terakhir diperbarui dua tahun lalu.",
            ),
            (
                "nurul.fadhilah",
                "Sebagai peneliti, kami butuh metadata yang jelas: definisi, sumber, tanggal. Tanpa itu data di portal tidak berani kami kutip.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "galih.pambudi",
        "title": "Tanda tangan elektronik naskah dinas: pejabat masih minta dicetak",
        "tags": ["tanda tangan elektronik", "naskah dinas", "spbe"],
        "opening": (
            "Aplikasi naskah dinas sudah mendukung TTE, tetapi beberapa kepala bidang tetap meminta konsep "
            "dicetak untuk diparaf. Bagaimana membiasakan pejabat bekerja tanpa kertas?"
        ),
        "answers": [
            (
                "gede.wirawan",
                "Kami mulai dari pimpinan tertinggi. Begitu sekda hanya mau menerima naskah elektronik, pejabat di bawahnya menyesuaikan dalam sebulan.",
            ),
            (
                "putri.maharani",
                "Sediakan pendamping yang datang ke ruangan pejabat selama dua minggu pertama. Kebanyakan pejabat sebenarnya takut salah klik, bukan menolak.",
            ),
            (
                "bagus.prasetyo",
                "Tampilkan waktu proses naskah sebelum dan sesudah TTE. Angka itu yang meyakinkan pimpinan di instansi kami.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "rizky.maulana",
        "title": "Literasi digital untuk aparatur desa: materi apa yang paling dibutuhkan?",
        "tags": ["literasi digital", "desa", "pengembangan kompetensi"],
        "opening": (
            "Kami akan melatih perangkat desa di tiga kecamatan. Permintaan materinya beragam, dari mengetik "
            "surat sampai keamanan akun. Kalau waktunya hanya dua hari, materi apa yang sebaiknya diutamakan?"
        ),
        "answers": [
            (
                "gede.wirawan",
                "Mulai dari keamanan akun dan kata sandi. Di pelatihan prajuru desa adat kami, akun media sosial desa yang dibajak jadi masalah paling sering.",
            ),
            (
                "theresia.ratu",
                "Latih hal yang langsung dipakai besok: mengisi aplikasi desa yang wajib, membuat surat keterangan, dan mengirim laporan. Materi umum cepat dilupakan.",
            ),
            (
                "markus.rumbewas",
                "Bagi peserta per tingkat kemampuan. Menggabungkan yang belum bisa mengetik dengan operator desa membuat kedua kelompok bosan.",
            ),
        ],
        "solution": 1,
    },
    {
        "author": "gede.wirawan",
        "title": "Pusat data daerah atau pusat data nasional? Rencana migrasi server kami",
        "tags": ["spbe", "pusat data", "keamanan informasi"],
        "opening": (
            "Server kami menua dan anggaran pembaruan terbatas. Ada opsi memindahkan aplikasi ke pusat data "
            "nasional. Apakah ada yang sudah bermigrasi, dan apa yang perlu diperhatikan dari sisi keamanan "
            "dan cadangan data?"
        ),
        "answers": [
            (
                "galih.pambudi",
                "Inventarisasi aplikasi dulu. Kami menemukan sepertiga aplikasi sudah tidak dipakai dan cukup diarsipkan, sehingga migrasinya jauh lebih ringan.",
            ),
            (
                "fadli.ramadhan",
                "Pastikan cadangan data tersimpan di dua lokasi dan uji pemulihannya. Pengalaman kami, cadangan yang tidak pernah diuji sama saja tidak punya cadangan.",
            ),
            (
                "bagus.prasetyo",
                "Pelajari ketentuan arsitektur SPBE nasional terbaru sebelum memutuskan. Beberapa layanan memang diarahkan ke pusat data nasional.",
            ),
        ],
        "solution": 1,
    },
    {
        "author": "fadli.ramadhan",
        "title": "Bridging SIMRS dengan aplikasi BPJS sering putus",
        "tags": ["rumah sakit", "integrasi data", "transformasi digital"],
        "opening": (
            "Koneksi bridging SIMRS kami dengan layanan BPJS beberapa kali putus di jam sibuk, dan petugas "
            "pendaftaran kembali mengetik manual. Ada yang punya pengalaman menstabilkannya?"
        ),
        "answers": [
            (
                "galih.pambudi",
                "Cek dulu apakah antrean permintaan di sisi SIMRS menumpuk. Di tempat kami masalahnya bukan jaringan, tetapi permintaan yang dikirim berulang tanpa jeda.",
            ),
            (
                "gede.wirawan",
                "Siapkan jalur internet cadangan khusus untuk bridging. Biayanya kecil dibanding antrean pasien yang terhenti.",
            ),
            (
                "ikhsan.syamsuddin",
                "Catat setiap kejadian putus beserta jamnya. Dengan catatan itu tim BPJS cabang lebih cepat menindaklanjuti.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "galih.pambudi",
        "title": "Evaluasi SPBE: indikator mana yang paling sulit dinaikkan?",
        "tags": ["spbe", "evaluasi", "reformasi birokrasi"],
        "opening": (
            "Indeks SPBE kami stagnan dua tahun. Dokumen kebijakan sudah lengkap, tetapi nilai di domain "
            "layanan dan manajemen tidak naik. Indikator apa yang di daerah rekan-rekan paling sulit, dan "
            "bagaimana menaikkannya?"
        ),
        "answers": [
            (
                "bagus.prasetyo",
                "Domain manajemen memang paling sulit karena butuh bukti pelaksanaan, bukan dokumen. Siapkan laporan manajemen risiko dan data yang benar-benar dipakai rapat pimpinan.",
            ),
            (
                "gede.wirawan",
                "Untuk domain layanan, pilih tiga layanan publik dan buat benar-benar terintegrasi dari ujung ke ujung. Lebih baik daripada banyak aplikasi setengah jadi.",
            ),
            (
                "yuliana.ndolu",
                "Libatkan Bappeda sejak penyusunan rencana. Kegiatan SPBE yang tidak ada di RKPD sulit dibuktikan kesinambungannya.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "rizky.maulana",
        "title": "Membuat video pembelajaran dengan studio sederhana di kantor",
        "tags": ["e-learning", "video pembelajaran", "pengembangan kompetensi"],
        "opening": (
            "Kami diminta memproduksi video pembelajaran untuk e-learning, tetapi belum punya studio. "
            "Peralatan minimal apa yang sudah cukup untuk hasil yang layak tonton?"
        ),
        "answers": [
            (
                "sri.handayani",
                "Di BPSDM kami awalnya hanya memakai ponsel, mikrofon klip dan dua lampu LED. Yang paling menentukan justru suara, bukan kamera.",
            ),
            (
                "markus.rumbewas",
                "Buat naskah pendek dan potong video di bawah tujuh menit. Peserta di daerah dengan kuota terbatas lebih mau menonton video pendek.",
            ),
            (
                "nur.aini",
                "Sediakan versi audio dan ringkasan tertulis. Peserta yang sinyalnya lemah tetap bisa belajar.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "gede.wirawan",
        "title": "Keamanan website pemerintah desa sering diretas",
        "tags": ["keamanan informasi", "desa", "literasi digital"],
        "opening": (
            "Dalam sebulan tiga website desa di kabupaten kami diretas dan ditempeli iklan judi. Website "
            "dibuat oleh vendor berbeda dan tidak pernah diperbarui. Apa langkah cepat yang bisa dilakukan "
            "diskominfo?"
        ),
        "answers": [
            (
                "galih.pambudi",
                "Pindahkan semua website desa ke satu platform yang dikelola diskominfo. Kami memakai satu sistem dengan templat desa, jadi pembaruan keamanan cukup sekali.",
            ),
            (
                "fadli.ramadhan",
                "Ganti semua kata sandi admin dan aktifkan verifikasi dua langkah. Hampir semua kasus di tempat kami berasal dari kata sandi bawaan vendor.",
            ),
            (
                "rizky.maulana",
                "Latih operator desa mengenali tanda-tanda peretasan. Mereka yang pertama melihat, bukan diskominfo.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "theresia.ratu",
        "title": "Aplikasi layanan publik tidak dipakai warga karena terlalu banyak isian",
        "tags": ["pelayanan publik", "desain layanan", "transformasi digital"],
        "opening": (
            "Kami mendampingi pemda yang baru meluncurkan aplikasi perizinan. Unduhannya banyak, tetapi "
            "permohonan yang selesai sedikit. Ternyata formulirnya punya 40 isian. Bagaimana cara menyusun "
            "ulang formulir yang lebih ringkas?"
        ),
        "answers": [
            (
                "galih.pambudi",
                "Tanyakan untuk setiap isian: siapa yang memakai data ini dan untuk apa. Di tempat kami separuh isian ternyata tidak pernah dibaca siapa pun.",
            ),
            (
                "gede.wirawan",
                "Isi otomatis dari data kependudukan dan perizinan yang sudah ada. Warga tidak perlu mengetik ulang alamat dan NIK.",
            ),
            (
                "fitri.nurjanah",
                "Uji formulir dengan lima warga sebelum peluncuran. Lima orang saja sudah memperlihatkan bagian yang membingungkan.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "galih.pambudi",
        "title": "Arsitektur SPBE daerah: dokumen tebal yang tidak dibaca",
        "tags": ["spbe", "arsitektur", "perencanaan pembangunan"],
        "opening": (
            "Dokumen arsitektur SPBE kami lebih dari 300 halaman dan disusun konsultan. Hampir tidak ada "
            "OPD yang merujuknya saat membuat aplikasi baru. Bagaimana membuat arsitektur itu hidup?"
        ),
        "answers": [
            (
                "gede.wirawan",
                "Buat ringkasan dua halaman untuk OPD: aplikasi apa yang sudah ada, data apa yang harus dibagi, dan siapa yang harus dihubungi sebelum membuat aplikasi baru.",
            ),
            (
                "yuliana.ndolu",
                "Jadikan arsitektur sebagai syarat saat Bappeda memverifikasi usulan belanja aplikasi. Begitu terkait anggaran, dokumen itu pasti dibaca.",
            ),
            (
                "bagus.prasetyo",
                "Perbarui dokumennya setiap tahun bersama OPD, bukan lima tahun sekali oleh konsultan. Kepemilikan itu yang membuatnya dipakai.",
            ),
        ],
        "solution": 1,
    },
    {
        "author": "rizky.maulana",
        "title": "LMS daerah atau platform nasional untuk e-learning ASN?",
        "tags": ["e-learning", "corporate university", "pengembangan kompetensi"],
        "opening": (
            "Kami menimbang apakah membangun LMS sendiri atau memakai platform pembelajaran nasional. LMS "
            "sendiri lebih fleksibel, tetapi perawatannya berat. Apa pertimbangan rekan-rekan?"
        ),
        "answers": [
            (
                "hendra.gunawan",
                "Gunakan platform nasional untuk kursus yang berlaku umum dan LMS daerah hanya untuk materi khas daerah. Yang penting jam pelajarannya tercatat di satu tempat.",
            ),
            (
                "nur.aini",
                "Banyuwangi memakai LMS sendiri karena perlu menyesuaikan dengan pola 20 JP pegawai. Tetapi kami menghubungkannya dengan data kepegawaian, bukan berdiri sendiri.",
            ),
            (
                "markus.rumbewas",
                "Pertimbangkan pegawai yang sinyalnya lemah. Platform apa pun harus bisa diunduh untuk belajar luring.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "fadli.ramadhan",
        "title": "Dokter enggan mengisi resume medis elektronik di poliklinik",
        "tags": ["rekam medis elektronik", "rumah sakit"],
        "opening": (
            "Sebagian dokter spesialis masih menulis resume di kertas lalu meminta perawat mengetiknya. "
            "Akibatnya data terlambat dan sering salah baca. Bagaimana rumah sakit lain mengatasinya?"
        ),
        "answers": [
            (
                "ikhsan.syamsuddin",
                "Sediakan templat resume per spesialisasi dengan pilihan diagnosis yang sering dipakai. Dokter hanya menambah catatan bebas.",
            ),
            (
                "galih.pambudi",
                "Uji perangkatnya. Di satu poliklinik masalahnya ternyata komputer yang lambat, bukan dokternya.",
            ),
            (
                "laksmi.pratiwi",
                "Kaitkan kelengkapan RME dengan penilaian kinerja unit. Setelah itu komite medik ikut mendorong.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "gede.wirawan",
        "title": "Berbagi pakai aplikasi antar daerah: siapa yang menanggung perawatan?",
        "tags": ["spbe", "berbagi pakai aplikasi", "inovasi daerah"],
        "opening": (
            "Beberapa kabupaten meminta aplikasi satu data kami. Kami senang berbagi, tetapi khawatir soal "
            "dukungan teknis setelahnya. Bagaimana perjanjian berbagi pakai yang sudah berjalan di daerah lain?"
        ),
        "answers": [
            (
                "galih.pambudi",
                "Kami menyerahkan kode sumber dan dokumentasi, lalu memberi pendampingan tiga bulan. Setelah itu perawatan jadi tanggung jawab penerima, tertulis di perjanjian.",
            ),
            (
                "bagus.prasetyo",
                "Catat berbagi pakai ini sebagai inovasi daerah. Replikasi oleh daerah lain menambah nilai di penilaian inovasi.",
            ),
            (
                "theresia.ratu",
                "Buat komunitas pengguna antar daerah. Pertanyaan teknis bisa dijawab sesama pengguna, tidak semuanya ke tim asal.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "galih.pambudi",
        "title": "Chatbot layanan informasi: perlu atau cukup FAQ yang rapi?",
        "tags": ["pelayanan publik", "transformasi digital", "layanan informasi"],
        "opening": (
            "Pimpinan meminta chatbot untuk layanan informasi publik. Menurut kami FAQ yang rapi dan nomor "
            "WhatsApp yang dijawab petugas sudah cukup. Ada yang punya data perbandingan?"
        ),
        "answers": [
            (
                "fitri.nurjanah",
                "Kami menganalisis pertanyaan WhatsApp selama tiga bulan. Sepuluh pertanyaan teratas mencakup 70 persen. Itu yang kami jadikan FAQ dan balasan cepat, tanpa chatbot.",
            ),
            (
                "gede.wirawan",
                "Chatbot masuk akal kalau volumenya ribuan per hari. Di bawah itu, biaya perawatan basis pengetahuannya tidak sebanding.",
            ),
            (
                "theresia.ratu",
                "Apa pun pilihannya, pastikan selalu ada jalan ke petugas manusia. Warga kesal kalau terjebak jawaban otomatis.",
            ),
        ],
        "solution": 0,
    },
]
