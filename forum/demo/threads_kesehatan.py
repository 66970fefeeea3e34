"""Demo threads of Forum Kesehatan. Each answer is (username, text); ``solution`` indexes ``answers``."""

THREADS = [
    {
        "author": "agustina.nenobais",
        "title": "Kader posyandu kewalahan mengisi dua aplikasi sekaligus, ada yang sudah menyatukan?",
        "tags": ["stunting", "posyandu", "data kesehatan"],
        "opening": (
            "Di beberapa desa kami kader harus mencatat penimbangan di buku register, lalu mengetik ulang "
            "ke aplikasi e-PPGBM, dan sekarang diminta mengisi aplikasi desa juga. Akhirnya data sering "
            "terlambat dan angkanya berbeda-beda. Apakah ada daerah yang sudah berhasil membuat kader cukup "
            "mencatat satu kali?"
        ),
        "answers": [
            (
                "ikhsan.syamsuddin",
                "Di Makassar kami sepakat dengan pemerintah kelurahan bahwa sumber datanya hanya e-PPGBM. Aplikasi kelurahan menarik rekap dari ekspor bulanan puskesmas, jadi kader tidak mengetik dua kali.",
            ),
            (
                "andi.nurhaliza",
                "Kuncinya ada di kesepakatan tertulis antara dinas kesehatan dan dinas PMD. Tanpa surat edaran bersama, tiap OPD akan tetap meminta format sendiri.",
            ),
            (
                "naomi.yoku",
                "Untuk posyandu yang sinyalnya hilang-timbul, kami pakai formulir luring di ponsel bidan desa. Datanya terkirim otomatis begitu bidan turun ke distrik, kader cukup menulis di buku seperti biasa.",
            ),
            (
                "yuliana.ndolu",
                "Dari sisi Bappeda, kami minta semua OPD mengambil angka prevalensi dari satu dasbor konvergensi. Sejak itu permintaan data ke kader turun drastis.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "christina.pattiasina",
        "title": "Strategi imunisasi kejar untuk anak yang tinggal di pulau kecil",
        "tags": ["imunisasi", "kesehatan ibu dan anak"],
        "opening": (
            "Cakupan imunisasi dasar lengkap di gugus pulau kami masih di bawah 70 persen. Kapal "
            "puskesmas keliling hanya datang sebulan sekali dan sering batal karena cuaca. Bagaimana "
            "rekan-rekan menjadwalkan imunisasi kejar supaya anak tidak tertinggal terlalu lama?"
        ),
        "answers": [
            (
                "naomi.yoku",
                "Kami menitipkan daftar sasaran ke petugas pustu dan guru PAUD. Begitu kapal dijadwalkan, mereka yang memanggil keluarga, sehingga satu kunjungan bisa menjangkau hampir semua anak.",
            ),
            (
                "laksmi.pratiwi",
                "Jatim punya pengalaman di Kepulauan Sumenep: jadwal imunisasi digabung dengan jadwal kapal logistik yang lebih rutin, bukan kapal kesehatan sendiri. Biayanya juga lebih ringan.",
            ),
            (
                "agustina.nenobais",
                "Jangan lupa rantai dinginnya. Kami sempat kehilangan vaksin satu kotak karena termos tidak dipantau. Sekarang setiap pembawa vaksin wajib mencatat suhu di kartu sebelum dan sesudah perjalanan.",
            ),
            (
                "nurul.fadhilah",
                "Dari penelitian kami di Maluku, keluarga lebih mau datang kalau ada tokoh gereja atau masjid yang mengumumkan. Pesan dari petugas saja kurang didengar.",
            ),
        ],
        "solution": 1,
    },
    {
        "author": "ikhsan.syamsuddin",
        "title": "Pengalaman memakai pangan lokal untuk PMT balita gizi kurang",
        "tags": ["stunting", "gizi masyarakat", "pmt"],
        "opening": (
            "Tahun ini kami diminta mengganti biskuit PMT dengan olahan pangan lokal. Kader antusias, "
            "tetapi kami khawatir soal takaran gizi dan keamanan pangannya. Siapa yang sudah menjalankan "
            "dan bagaimana cara memastikan menunya memenuhi standar?"
        ),
        "answers": [
            (
                "andi.nurhaliza",
                "Kami menyusun 12 menu siklus dua minggu bersama nutrisionis puskesmas, lengkap dengan takaran per porsi. Kader tinggal mengikuti kartu resep, tidak perlu menghitung kalori sendiri.",
            ),
            (
                "nurul.fadhilah",
                "Catat berat badan setiap dua minggu, bukan hanya di akhir program. Dari data Jeneponto, kenaikan berat baru terlihat jelas di minggu keempat.",
            ),
            (
                "agustina.nenobais",
                "Di Kupang kami pakai kelor dan ikan teri yang memang tersedia di kebun dan pasar. Ibu-ibu lebih mudah melanjutkan di rumah karena bahannya tidak asing.",
            ),
            (
                "laksmi.pratiwi",
                "Untuk keamanan pangan, minta sanitarian puskesmas memeriksa dapur kelompok sekali di awal. Itu cukup untuk mencegah masalah yang paling sering: air dan wadah.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "naomi.yoku",
        "title": "Buku KIA bergambar untuk ibu yang tidak lancar membaca",
        "tags": ["kesehatan ibu dan anak", "literasi kesehatan"],
        "opening": (
            "Banyak ibu di kampung-kampung pegunungan tidak lancar membaca bahasa Indonesia. Buku KIA "
            "akhirnya hanya disimpan. Kami sedang mencoba versi bergambar. Ada yang punya pengalaman "
            "menguji gambar dengan ibu hamil sebelum dicetak?"
        ),
        "answers": [
            (
                "agustina.nenobais",
                "Uji gambarnya di posyandu, bukan di kantor. Kami menunjukkan satu gambar dan bertanya apa artinya. Gambar yang ditafsirkan salah oleh lebih dari tiga ibu kami ganti.",
            ),
            (
                "christina.pattiasina",
                "Pakai warna dan pakaian yang akrab dengan warga setempat. Gambar ibu berkerudung di buku nasional membuat sebagian ibu di Maluku merasa buku itu bukan untuk mereka.",
            ),
            (
                "nurul.fadhilah",
                "Sertakan kader sebagai 'pembaca' buku. Gambar membantu, tetapi penjelasan lisan tetap yang membuat pesan tanda bahaya kehamilan diingat.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "laksmi.pratiwi",
        "title": "Pendampingan ibu hamil risiko tinggi: siapa yang memegang daftar sasaran?",
        "tags": ["kesehatan ibu dan anak", "risiko tinggi"],
        "opening": (
            "Kami punya bidan, kader dan tim pendamping keluarga yang sama-sama mendampingi bumil risiko "
            "tinggi. Masalahnya, masing-masing punya daftar sendiri dan ada ibu yang didatangi tiga kali "
            "sementara yang lain terlewat. Bagaimana membagi peran supaya tidak tumpang tindih?"
        ),
        "answers": [
            (
                "yosef.bria",
                "Di NTT daftar sasaran dipegang bidan koordinator, lalu dibagikan ke TPK per dusun setiap awal bulan. TPK tidak boleh menambah sasaran tanpa lapor bidan.",
            ),
            (
                "ikhsan.syamsuddin",
                "Kami pakai satu lembar kerja bersama yang bisa dibuka di ponsel. Setiap kunjungan diberi tanda warna, jadi kelihatan siapa yang belum didatangi minggu ini.",
            ),
            (
                "agustina.nenobais",
                "Yang sering terlupa adalah rujukan balik. Setelah ibu pulang dari RSUD, harus ada yang menjemput informasinya. Kami tugaskan bidan desa, bukan kader.",
            ),
            (
                "andi.nurhaliza",
                "Tetapkan satu pendamping utama per ibu. Yang lain boleh membantu, tetapi ibu tahu harus menghubungi siapa kalau ada tanda bahaya.",
            ),
        ],
        "solution": 3,
    },
    {
        "author": "fadli.ramadhan",
        "title": "Rekam medis elektronik di IGD: berapa lama masa transisinya?",
        "tags": ["rekam medis elektronik", "transformasi digital", "rumah sakit"],
        "opening": (
            "Kami akan beralih ke RME penuh di IGD bulan depan. Perawat khawatir antrean makin panjang "
            "karena mengetik lebih lama daripada menulis. Berapa lama rekan-rekan menjalankan kertas dan "
            "RME berdampingan, dan apa yang paling membantu di minggu pertama?"
        ),
        "answers": [
            (
                "ikhsan.syamsuddin",
                "Puskesmas kami berdampingan dua minggu saja. Lebih lama dari itu, petugas justru mengerjakan dua kali dan kelelahan.",
            ),
            (
                "galih.pambudi",
                "Siapkan templat isian untuk keluhan yang paling sering. Di IGD, sepuluh keluhan teratas biasanya mencakup lebih dari separuh kunjungan.",
            ),
            (
                "naomi.yoku",
                "Tempatkan satu 'pendamping lantai' di setiap sif selama minggu pertama. Pertanyaan kecil yang dijawab di tempat mencegah orang kembali ke kertas.",
            ),
            (
                "laksmi.pratiwi",
                "Ukur waktu tunggu sebelum peralihan. Kalau tidak punya angka awal, keluhan 'jadi lebih lambat' tidak bisa dijawab dengan data.",
            ),
        ],
        "solution": 1,
    },
    {
        "author": "andi.nurhaliza",
        "title": "Kelas gizi ibu balita sepi peserta setelah bulan ketiga",
        "tags": ["gizi masyarakat", "stunting"],
        "opening": (
            "Kelas gizi yang kami buka di lima kelurahan ramai di awal, lalu pesertanya tinggal sepertiga. "
            "Ibu-ibu bilang materinya mulai berulang. Apa yang rekan-rekan lakukan supaya kelas tetap hidup?"
        ),
        "answers": [
            (
                "nurul.fadhilah",
                "Ubah kelas menjadi praktik masak bersama. Peserta membawa satu bahan dari rumah, dan resepnya dibawa pulang. Kehadiran di tempat kami naik lagi setelah format ini.",
            ),
            (
                "agustina.nenobais",
                "Undang ibu yang balitanya berhasil naik berat badan untuk bercerita. Cerita tetangga lebih meyakinkan daripada poster.",
            ),
            (
                "ikhsan.syamsuddin",
                "Jadwalkan di hari pasar atau setelah posyandu. Ibu tidak mau datang dua kali dalam seminggu.",
            ),
        ],
        "solution": None,
    },
    {
        "author": "christina.pattiasina",
        "title": "Format laporan KLB campak yang cepat diisi petugas puskesmas",
        "tags": ["data kesehatan", "surveilans", "imunisasi"],
        "opening": (
            "Saat ada dugaan KLB campak, laporan W1 sering terlambat karena petugas bingung kolom mana yang "
            "wajib diisi dulu. Apakah ada daerah yang membuat versi ringkas untuk laporan 24 jam pertama?"
        ),
        "answers": [
            (
                "naomi.yoku",
                "Kami membuat formulir daring enam kolom untuk laporan awal: nama desa, jumlah kasus, umur, tanggal gejala, status imunisasi, dan nomor petugas. Sisanya menyusul dalam tiga hari.",
            ),
            (
                "laksmi.pratiwi",
                "Pastikan definisi kasus dicetak di bagian atas formulir. Separuh laporan palsu kami dulu berasal dari demam biasa dengan ruam.",
            ),
            (
                "fadli.ramadhan",
                "Rumah sakit juga perlu diajak. Kasus pertama sering terlihat di IGD, bukan di puskesmas.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "yosef.bria",
        "title": "Pendampingan calon pengantin tiga bulan sebelum menikah, efektif atau tidak?",
        "tags": ["stunting", "keluarga berencana", "calon pengantin"],
        "opening": (
            "Program pendampingan catin kami berjalan setahun. Pemeriksaan Hb dan LILA sudah rutin, "
            "tetapi banyak pasangan mendaftar seminggu sebelum akad, jadi tidak sempat diintervensi. "
            "Bagaimana cara menjangkau mereka lebih awal?"
        ),
        "answers": [
            (
                "yuliana.ndolu",
                "Kami bekerja sama dengan KUA dan gereja agar pendaftaran nikah mensyaratkan surat pemeriksaan catin. Begitu jadi syarat, pasangan datang jauh lebih awal.",
            ),
            (
                "agustina.nenobais",
                "Bidan desa biasanya sudah tahu siapa yang akan menikah dari obrolan warga. Beri mereka wewenang untuk mengundang lebih dulu.",
            ),
            (
                "nurul.fadhilah",
                "Efektivitasnya baru terlihat kalau dicatat sampai kehamilan pertama. Hubungkan data catin dengan kohort ibu hamil, kalau tidak program ini sulit dinilai.",
            ),
            (
                "andi.nurhaliza",
                "Untuk catin dengan anemia, tablet tambah darah saja tidak cukup. Kami tambahkan konseling menu tiga kali selama tiga bulan.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "agustina.nenobais",
        "title": "Rumah tunggu kelahiran: siapa yang menanggung biaya makan keluarga?",
        "tags": ["kesehatan ibu dan anak", "rumah tunggu kelahiran"],
        "opening": (
            "Rumah tunggu kelahiran kami sudah ada, tetapi ibu dari desa jauh enggan menginap karena "
            "keluarga yang menemani harus makan dan meninggalkan kebun. Bagaimana daerah lain membiayai "
            "kebutuhan pendamping?"
        ),
        "answers": [
            (
                "yuliana.ndolu",
                "Di beberapa kabupaten NTT biaya makan pendamping dimasukkan ke dana desa dengan peraturan kepala desa. Nilainya kecil, tetapi cukup membuat keluarga mau ikut.",
            ),
            (
                "naomi.yoku",
                "Kami bekerja sama dengan gereja setempat untuk dapur umum rumah tunggu. Jemaat bergiliran memasak, dinas menanggung bahan pokok.",
            ),
            (
                "laksmi.pratiwi",
                "Jaminan persalinan sebenarnya bisa menanggung biaya rumah tunggu di daerah tertentu. Cek petunjuk teknis terbaru, kadang daerah belum memakainya.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "nurul.fadhilah",
        "title": "Mengukur panjang badan bayi: alat infantometer atau papan ukur kayu?",
        "tags": ["stunting", "antropometri", "posyandu"],
        "opening": (
            "Dalam survei kami, selisih pengukuran panjang badan antar kader bisa sampai dua sentimeter. "
            "Banyak posyandu masih memakai papan ukur buatan lokal. Apakah ada yang sudah membandingkan hasil "
            "dengan infantometer standar?"
        ),
        "answers": [
            (
                "andi.nurhaliza",
                "Alatnya memang penting, tetapi teknik mengukur lebih menentukan. Kami melatih kader berpasangan: satu memegang kepala, satu meluruskan kaki. Selisihnya turun jadi di bawah setengah sentimeter.",
            ),
            (
                "ikhsan.syamsuddin",
                "Kami mengganti papan kayu di 40 posyandu tahun lalu. Yang tidak kalah penting adalah kalibrasi timbangan, karena berat badan juga masuk ke perhitungan status gizi.",
            ),
            (
                "agustina.nenobais",
                "Ulangi pengukuran setiap bulan pada bayi yang sama dan lihat apakah kurvanya masuk akal. Kurva yang naik-turun hampir pasti salah ukur.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "fadli.ramadhan",
        "title": "Antrean poliklinik lewat WhatsApp: bagaimana mencegah nomor fiktif?",
        "tags": ["pelayanan publik", "rumah sakit", "antrean"],
        "opening": (
            "Kami membuka pendaftaran poliklinik lewat WhatsApp. Antrean di loket berkurang, tetapi ada "
            "orang yang mendaftar beberapa nomor lalu menjualnya. Bagaimana rekan-rekan membatasinya tanpa "
            "mempersulit pasien lansia?"
        ),
        "answers": [
            (
                "galih.pambudi",
                "Kaitkan satu nomor antrean dengan satu nomor rekam medis atau NIK, dan batalkan otomatis jika tidak hadir 15 menit setelah dipanggil.",
            ),
            (
                "fitri.nurjanah",
                "Di dukcapil kami pernah mengalami hal serupa. Setelah nomor antrean hanya bisa dipakai oleh nama yang didaftarkan, calo hilang dalam dua minggu.",
            ),
            (
                "ikhsan.syamsuddin",
                "Sisakan kuota loket untuk lansia dan pasien tanpa ponsel. Kalau semua pindah ke WhatsApp, yang paling membutuhkan malah tertinggal.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "laksmi.pratiwi",
        "title": "Supervisi fasilitatif untuk bidan desa, ada contoh daftar tiliknya?",
        "tags": ["kesehatan ibu dan anak", "supervisi"],
        "opening": (
            "Supervisi ke bidan desa selama ini lebih mirip pemeriksaan administrasi. Kami ingin mengubahnya "
            "menjadi pendampingan yang membantu bidan memecahkan masalah. Ada yang mau berbagi daftar tilik "
            "atau alur kunjungannya?"
        ),
        "answers": [
            (
                "naomi.yoku",
                "Daftar tilik kami hanya sepuluh butir, separuhnya pertanyaan terbuka seperti 'kasus apa yang paling menyulitkan bulan ini?'. Jawaban itu yang kemudian dibahas bersama.",
            ),
            (
                "agustina.nenobais",
                "Sebagai bidan, yang paling membantu adalah supervisor ikut praktik, misalnya mendampingi pemeriksaan ANC. Bukan hanya membaca register.",
            ),
            (
                "christina.pattiasina",
                "Tutup setiap kunjungan dengan satu rencana perbaikan yang dicatat dan dicek di kunjungan berikutnya. Tanpa itu supervisi berhenti jadi obrolan.",
            ),
        ],
        "solution": None,
    },
    {
        "author": "ikhsan.syamsuddin",
        "title": "Dasbor stunting kelurahan: data apa yang sebaiknya tampil di halaman pertama?",
        "tags": ["stunting", "data kesehatan", "dasbor"],
        "opening": (
            "Lurah dan camat meminta dasbor stunting yang bisa dibaca dalam satu menit. Kami bingung memilih "
            "indikator: prevalensi, jumlah balita berisiko, atau cakupan intervensi. Apa yang paling berguna "
            "bagi pengambil keputusan di kelurahan?"
        ),
        "answers": [
            (
                "yuliana.ndolu",
                "Tampilkan jumlah anak, bukan persentase. Lurah lebih mudah bergerak kalau tahu ada 14 balita yang harus dikunjungi, bukan prevalensi 12 persen.",
            ),
            (
                "gede.wirawan",
                "Batasi halaman pertama pada tiga angka dan satu peta. Detail per posyandu bisa di halaman kedua untuk petugas.",
            ),
            (
                "andi.nurhaliza",
                "Masukkan juga indikator proses seperti balita yang tidak ditimbang dua bulan berturut-turut. Itu sinyal paling awal.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "naomi.yoku",
        "title": "Tenaga kesehatan nusantara sehat selesai kontrak, bagaimana menjaga layanan?",
        "tags": ["sdm kesehatan", "daerah terpencil"],
        "opening": (
            "Dua puskesmas kami bergantung pada tim Nusantara Sehat yang kontraknya habis tahun depan. "
            "Setiap pergantian tim, program yang berjalan ikut berhenti. Bagaimana daerah lain menjaga "
            "kesinambungan?"
        ),
        "answers": [
            (
                "laksmi.pratiwi",
                "Minta tim menulis catatan serah terima per program: siapa kontak di kampung, jadwal, dan apa yang belum selesai. Kami membuat templat dua halaman untuk itu.",
            ),
            (
                "markus.rumbewas",
                "Dari BPSDM, kami bisa melatih putra-putri daerah sebagai tenaga pendamping sebelum tim pergi. Tumpang tindih tiga bulan sangat menolong.",
            ),
            (
                "christina.pattiasina",
                "Usulkan formasi PPPK untuk tenaga yang mau tinggal. Beberapa anggota tim di Maluku akhirnya menetap lewat jalur itu.",
            ),
        ],
        "solution": 0,
    },
]
