"""Demo threads of Forum Kependudukan dan Pencatatan Sipil."""

THREADS = [
    {
        "author": "fitri.nurjanah",
        "title": "Akta kelahiran langsung terbit di rumah sakit, bagaimana alur verifikasinya?",
        "tags": ["adminduk", "akta kelahiran", "pelayanan publik"],
        "opening": (
            "Kami ingin akta kelahiran selesai sebelum ibu pulang dari rumah sakit. Petugas RS sudah "
            "bersedia mengunggah surat keterangan lahir, tetapi verifikator kami khawatir soal keaslian "
            "dokumen. Bagaimana alur yang sudah berjalan di daerah lain?"
        ),
        "answers": [
            (
                "theresia.ratu",
                "Di kota mitra kami, RS mendapat akun khusus di SIAK terpusat dan surat keterangan lahir ditandatangani elektronik. Verifikator hanya memeriksa kecocokan NIK orang tua dengan KK.",
            ),
            (
                "fadli.ramadhan",
                "Dari sisi RS, yang penting formulirnya diisi saat pasien masih di ruang nifas. Kalau ditunda ke hari pulang, keluarga sudah terburu-buru.",
            ),
            (
                "galih.pambudi",
                "Pakai tanda tangan elektronik tersertifikasi untuk surat keterangan lahir. Dengan itu keraguan soal keaslian praktis selesai.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "frans.ohee",
        "title": "Jemput bola perekaman KTP-el di distrik tanpa listrik",
        "tags": ["adminduk", "jemput bola", "daerah terpencil"],
        "opening": (
            "Tim kami harus membawa alat perekaman ke distrik yang hanya bisa dicapai dengan pesawat kecil. "
            "Listrik dari genset sering naik-turun dan alat perekaman pernah mati di tengah jalan. Apa saja "
            "yang rekan-rekan bawa supaya perekaman tetap jalan?"
        ),
        "answers": [
            (
                "theresia.ratu",
                "Bawa stabilizer dan baterai cadangan yang bisa diisi dari panel surya lipat. Setelah memakai itu, tim mitra kami bisa merekam lebih dari 200 warga dalam dua hari.",
            ),
            (
                "naomi.yoku",
                "Koordinasikan dengan jadwal pelayanan kesehatan keliling. Warga sudah berkumpul, dan genset puskesmas bisa dipakai bergantian.",
            ),
            (
                "fitri.nurjanah",
                "Siapkan daftar warga wajib KTP-el dari data kampung sebelum berangkat. Dengan begitu tim tahu berapa alat dan blangko yang harus dibawa.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "fitri.nurjanah",
        "title": "Padan NIK penerima bantuan sosial: berapa persen data yang biasanya tidak cocok?",
        "tags": ["adminduk", "padan data", "bantuan sosial"],
        "opening": (
            "Dinas sosial meminta kami memadankan data penerima bansos dengan data kependudukan. Pada "
            "percobaan pertama hampir 15 persen tidak cocok. Apakah angka itu wajar, dan apa penyebab "
            "paling umum yang ditemukan rekan-rekan?"
        ),
        "answers": [
            (
                "theresia.ratu",
                "Angka itu wajar di percobaan pertama. Penyebab terbanyak di tempat kami adalah salah ketik nama ibu kandung dan tanggal lahir yang diisi 1 Januari.",
            ),
            (
                "yuliana.ndolu",
                "Pisahkan hasilnya jadi tiga kelompok: cocok, beda ejaan, dan tidak ditemukan. Kelompok kedua biasanya bisa diselesaikan di meja, hanya yang ketiga perlu kunjungan.",
            ),
            (
                "galih.pambudi",
                "Lakukan padan data lewat layanan hak akses dukcapil, jangan mengirim berkas Excel bolak-balik. Selain lebih cepat, jejak aksesnya tercatat.",
            ),
        ],
        "solution": 1,
    },
    {
        "author": "theresia.ratu",
        "title": "Akta kematian diurus di kelurahan, apakah perlu petugas dukcapil di sana?",
        "tags": ["adminduk", "akta kematian", "kelurahan"],
        "opening": (
            "Keluarga yang berduka sering tidak sempat ke kantor dukcapil, sehingga kematian tidak tercatat "
            "dan data penduduk tidak mutakhir. Kami mendengar Surabaya melayani akta kematian di kelurahan. "
            "Apakah petugas kelurahan bisa menerbitkannya sendiri?"
        ),
        "answers": [
            (
                "fitri.nurjanah",
                "Petugas kelurahan hanya menerima berkas dan memindainya. Penerbitan tetap oleh dukcapil, tetapi akta dikirim kembali ke kelurahan dalam sehari. Keluarga cukup datang sekali.",
            ),
            (
                "ikhsan.syamsuddin",
                "Puskesmas dan RS juga bisa membantu dengan surat keterangan kematian yang langsung dikirim ke kelurahan. Itu mempercepat kasus kematian di fasilitas kesehatan.",
            ),
            (
                "frans.ohee",
                "Untuk kampung di pedalaman, kami melatih kepala kampung mencatat kematian di buku register. Petugas mengambil datanya setiap jemput bola.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "galih.pambudi",
        "title": "Layanan adminduk daring: berapa lama berkas menunggu verifikasi di tempat kalian?",
        "tags": ["adminduk", "pelayanan publik", "layanan daring"],
        "opening": (
            "Setelah membuka layanan daring, berkas masuk jauh lebih banyak daripada kemampuan verifikator. "
            "Beberapa berkas menunggu sampai lima hari. Berapa target waktu verifikasi yang realistis, dan "
            "bagaimana membagi beban kerjanya?"
        ),
        "answers": [
            (
                "fitri.nurjanah",
                "Target kami satu hari kerja untuk berkas lengkap. Kami membagi verifikator per jenis layanan, bukan per wilayah, supaya mereka cepat hafal pola kesalahan.",
            ),
            (
                "theresia.ratu",
                "Tambahkan pemeriksaan kelengkapan otomatis di formulir. Berkas tanpa foto KK yang terbaca tidak bisa dikirim, jadi verifikator tidak membuang waktu.",
            ),
            (
                "putri.maharani",
                "Pantau beban per petugas setiap pagi. Di BKD kami pakai papan sederhana berisi jumlah berkas per orang, dan pembagian ulang dilakukan sebelum jam sembilan.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "frans.ohee",
        "title": "KIA untuk anak di kampung yang orang tuanya belum punya KK",
        "tags": ["adminduk", "kartu identitas anak", "daerah terpencil"],
        "opening": (
            "Kami ingin menaikkan cakupan Kartu Identitas Anak, tetapi banyak keluarga di kampung belum punya "
            "KK yang benar. Apakah ada urutan layanan yang disarankan supaya satu kunjungan menyelesaikan "
            "beberapa dokumen sekaligus?"
        ),
        "answers": [
            (
                "fitri.nurjanah",
                "Urutannya KK dulu, lalu akta kelahiran anak, baru KIA. Kalau tiga-tiganya disiapkan dari data yang sama dalam satu kunjungan, keluarga tidak perlu bolak-balik.",
            ),
            (
                "theresia.ratu",
                "Bawa printer portabel dan blangko. Di wilayah mitra kami, KIA dicetak di tempat dan itu yang membuat orang tua mau datang.",
            ),
            (
                "elisabeth.ireeuw",
                "Sekolah dan PAUD bisa membantu mendata anak yang belum punya akta. Guru biasanya tahu keluarga mana yang belum lengkap dokumennya.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "theresia.ratu",
        "title": "Survei kepuasan masyarakat di loket dukcapil: tablet atau kertas?",
        "tags": ["survei kepuasan masyarakat", "pelayanan publik"],
        "opening": (
            "Kami membantu beberapa dukcapil menjalankan SKM. Tablet di loket memberi hasil cepat, tetapi "
            "nilainya hampir selalu sangat baik karena warga diisi di depan petugas. Bagaimana mendapatkan "
            "jawaban yang lebih jujur?"
        ),
        "answers": [
            (
                "fitri.nurjanah",
                "Kami memindahkan tablet ke dekat pintu keluar, jauh dari meja petugas. Nilainya turun sedikit tetapi komentar yang masuk jauh lebih berguna.",
            ),
            (
                "bagus.prasetyo",
                "Tambahkan survei tersembunyi sesekali. Petugas penilai yang menyamar sebagai warga memberi gambaran yang tidak bisa ditangkap SKM.",
            ),
            (
                "galih.pambudi",
                "Kirim tautan survei lewat SMS atau WhatsApp setelah dokumen selesai. Warga menilai seluruh proses, bukan hanya keramahan di loket.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "fitri.nurjanah",
        "title": "Petugas registrasi kelurahan sering berganti, pelatihan ulang terus-menerus",
        "tags": ["adminduk", "pengembangan kompetensi", "kelurahan"],
        "opening": (
            "Hampir setiap enam bulan ada petugas registrasi kelurahan yang dimutasi. Kami harus melatih "
            "ulang dari awal. Apakah ada yang sudah membuat materi belajar mandiri supaya petugas baru bisa "
            "cepat bekerja?"
        ),
        "answers": [
            (
                "rizky.maulana",
                "Kami membuat video pendek lima menit per jenis layanan. Petugas baru menontonnya sebelum pelatihan tatap muka, jadi tatap mukanya cukup setengah hari.",
            ),
            (
                "nur.aini",
                "Masukkan modulnya ke e-learning kabupaten agar jam belajarnya tercatat sebagai pengembangan kompetensi. Petugas jadi lebih mau menyelesaikannya.",
            ),
            (
                "theresia.ratu",
                "Minta kelurahan menunjuk satu petugas cadangan yang ikut pelatihan. Saat ada mutasi, layanan tidak berhenti.",
            ),
        ],
        "solution": 2,
    },
    {
        "author": "galih.pambudi",
        "title": "Integrasi data kependudukan dengan aplikasi perizinan daerah",
        "tags": ["adminduk", "spbe", "integrasi data"],
        "opening": (
            "Aplikasi perizinan kami masih meminta warga mengunggah foto KTP. Kami ingin memanfaatkan hak "
            "akses data kependudukan supaya isian terisi otomatis. Apa saja syarat perjanjian kerja samanya?"
        ),
        "answers": [
            (
                "fitri.nurjanah",
                "Perlu perjanjian kerja sama dengan dukcapil kabupaten dan pengajuan hak akses ke Ditjen Dukcapil. Siapkan dokumen keamanan sistem, karena itu yang paling lama diperiksa.",
            ),
            (
                "gede.wirawan",
                "Gunakan gateway layanan daerah supaya semua aplikasi OPD memakai satu jalur akses. Jangan biarkan tiap aplikasi punya kredensial sendiri.",
            ),
            (
                "theresia.ratu",
                "Tetap sediakan jalur unggah manual untuk warga yang datanya belum mutakhir. Integrasi bukan alasan menolak pelayanan.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "frans.ohee",
        "title": "Pencatatan perkawinan adat di Papua, bagaimana dukcapil menanganinya?",
        "tags": ["adminduk", "pencatatan perkawinan", "daerah terpencil"],
        "opening": (
            "Banyak pasangan di kampung menikah secara adat dan gereja, tetapi tidak tercatat di dukcapil. "
            "Akibatnya anak sulit mendapat akta dengan nama kedua orang tua. Adakah pengalaman pencatatan "
            "perkawinan massal yang bisa dicontoh?"
        ),
        "answers": [
            (
                "theresia.ratu",
                "Kerja sama dengan sinode gereja untuk pencatatan perkawinan massal berjalan baik di mitra kami. Pendeta membantu memastikan dokumen gereja lengkap sebelum hari pencatatan.",
            ),
            (
                "fitri.nurjanah",
                "Siapkan surat pernyataan tanggung jawab mutlak untuk pasangan yang tidak punya dokumen lengkap. Itu sah dipakai sesuai ketentuan dan mempercepat proses.",
            ),
            (
                "elisabeth.ireeuw",
                "Jadwalkan pencatatan bersamaan dengan kegiatan sekolah atau gereja besar. Warga dari kampung jauh memang sudah datang ke kota saat itu.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "theresia.ratu",
        "title": "Warga lansia kesulitan memakai IKD, bagaimana mendampinginya?",
        "tags": ["identitas kependudukan digital", "pelayanan publik", "literasi digital"],
        "opening": (
            "Target aktivasi IKD dikejar, tetapi warga lansia kesulitan memasang aplikasi dan memindai wajah. "
            "Petugas juga tidak punya waktu mendampingi satu per satu. Ada cara mendampingi yang tidak "
            "menghambat antrean?"
        ),
        "answers": [
            (
                "fitri.nurjanah",
                "Kami membuka meja aktivasi terpisah dari loket utama dan mengajak relawan mahasiswa. Lansia tidak merasa terburu-buru dan antrean utama tetap bergerak.",
            ),
            (
                "gede.wirawan",
                "Kaitkan aktivasi dengan kegiatan literasi digital di desa. Warga belajar memakai ponsel untuk banyak hal sekaligus, IKD hanya salah satunya.",
            ),
            (
                "galih.pambudi",
                "Jangan paksa lansia yang tidak punya ponsel sendiri. KTP-el tetap sah, dan target aktivasi sebaiknya realistis untuk kelompok umur ini.",
            ),
        ],
        "solution": None,
    },
    {
        "author": "fitri.nurjanah",
        "title": "Kartu keluarga dicetak sendiri di rumah: pengalaman dan keluhan warga",
        "tags": ["adminduk", "layanan daring", "tanda tangan elektronik"],
        "opening": (
            "Sejak KK memakai tanda tangan elektronik dan dicetak di kertas HVS, sebagian instansi lain "
            "masih menolak dan meminta KK 'asli'. Bagaimana rekan-rekan menyosialisasikan ke bank dan "
            "sekolah?"
        ),
        "answers": [
            (
                "theresia.ratu",
                "Kami mengirim surat ke bank dan sekolah disertai contoh KK dan cara memeriksa kode QR. Penolakan turun setelah petugas mereka tahu cara mengeceknya.",
            ),
            (
                "galih.pambudi",
                "Pasang poster cara verifikasi QR di loket kelurahan dan bank mitra. Warga sendiri juga jadi bisa menunjukkan cara memeriksanya.",
            ),
            (
                "putri.maharani",
                "BKD kami juga sempat menolak KK cetak mandiri saat berkas CPNS. Setelah ada surat dari dukcapil, panitia seleksi langsung menyesuaikan.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "galih.pambudi",
        "title": "Antrean layanan kependudukan pagi hari selalu menumpuk",
        "tags": ["antrean", "pelayanan publik", "adminduk"],
        "opening": (
            "Loket kami buka jam delapan, tetapi warga sudah antre sejak subuh karena takut kehabisan nomor. "
            "Siang hari justru sepi. Bagaimana meratakan kedatangan warga sepanjang hari?"
        ),
        "answers": [
            (
                "fitri.nurjanah",
                "Bagikan nomor antrean dengan jam datang, bukan hanya urutan. Warga tahu kapan harus kembali dan tidak perlu menunggu sejak pagi.",
            ),
            (
                "fadli.ramadhan",
                "RSUD kami mengalami hal yang sama di poliklinik. Setelah ada jam perkiraan di nomor antrean, penumpukan pagi berkurang hampir separuh.",
            ),
            (
                "theresia.ratu",
                "Umumkan jam sepi di media sosial setiap hari. Kedengarannya sepele, tetapi warga yang fleksibel akan memilih datang siang.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "frans.ohee",
        "title": "Pemutakhiran data penduduk setelah banjir: dokumen warga hilang semua",
        "tags": ["adminduk", "bencana", "pelayanan publik"],
        "opening": (
            "Banjir bandang merendam satu distrik dan sebagian besar warga kehilangan KK, akta dan KTP-el. "
            "Kami ingin membuka layanan darurat. Apa saja yang perlu disiapkan agar penggantian dokumen cepat?"
        ),
        "answers": [
            (
                "fitri.nurjanah",
                "Cetak ulang bisa dilakukan dari database tanpa berkas pendukung, cukup dengan verifikasi biometrik. Bawa alat pembaca sidik jari ke posko pengungsian.",
            ),
            (
                "theresia.ratu",
                "Buka posko di tempat pengungsian bersama dinas sosial. Warga butuh KK untuk bantuan, jadi kedua layanan sebaiknya satu tempat.",
            ),
            (
                "yuliana.ndolu",
                "Catat warga yang pindah tempat tinggal setelah bencana. Data kependudukan yang mutakhir dibutuhkan untuk perencanaan rehabilitasi.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "theresia.ratu",
        "title": "Pelayanan adminduk bagi penyandang disabilitas di loket umum",
        "tags": ["pelayanan publik", "disabilitas", "adminduk"],
        "opening": (
            "Penyandang disabilitas di wilayah kami masih banyak yang belum punya KTP-el karena loket tidak "
            "ramah kursi roda dan petugas tidak bisa bahasa isyarat. Apa langkah sederhana yang sudah "
            "dilakukan dukcapil lain?"
        ),
        "answers": [
            (
                "fitri.nurjanah",
                "Kami menyediakan layanan kunjungan rumah yang bisa dipesan lewat telepon oleh keluarga. Petugas membawa alat perekaman portabel.",
            ),
            (
                "galih.pambudi",
                "Tambahkan pilihan 'butuh pendampingan' di formulir daring. Petugas jadi tahu sebelum warga datang.",
            ),
            (
                "bagus.prasetyo",
                "Libatkan organisasi penyandang disabilitas saat menilai loket. Mereka yang paling cepat menemukan hambatan yang tidak terlihat oleh kita.",
            ),
        ],
        "solution": 0,
    },
]
