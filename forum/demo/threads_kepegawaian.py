"""Demo threads of Forum Kepegawaian (members only)."""

THREADS = [
    {
        "author": "putri.maharani",
        "title": "Menyusun kotak talenta (nine box) tanpa data kinerja yang lengkap",
        "tags": ["manajemen talenta", "sistem merit", "kinerja"],
        "opening": (
            "Kami diminta memetakan talenta untuk pejabat administrator, tetapi nilai kinerja dua tahun "
            "terakhir banyak yang kosong atau seragam 'baik'. Apakah pemetaan tetap bisa dilakukan, dan "
            "bagaimana rekan-rekan menyiasatinya?"
        ),
        "answers": [
            (
                "ratna.wulandari",
                "Tetap bisa, asalkan dinyatakan sebagai pemetaan awal. Gunakan hasil asesmen potensi sebagai sumbu utama dan tandai pegawai yang data kinerjanya belum memadai.",
            ),
            (
                "dimas.nugroho",
                "Minta atasan langsung mengisi penilaian perilaku kerja dengan contoh nyata. Penilaian yang disertai contoh jauh lebih jarang seragam.",
            ),
            (
                "bagus.prasetyo",
                "Perbaiki dulu dialog kinerja bulanannya. Tanpa itu, data kinerja akan tetap seragam di tahun berikutnya.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "dimas.nugroho",
        "title": "Uji kompetensi kenaikan jenjang jabatan fungsional: bagaimana menyiapkan pegawai?",
        "tags": ["jabatan fungsional", "pengembangan kompetensi", "uji kompetensi"],
        "opening": (
            "Banyak pejabat fungsional di wilayah kerja kami gagal uji kompetensi kenaikan jenjang karena "
            "tidak tahu bentuk soalnya. Apakah instansi pembina atau BKD punya cara persiapan yang efektif?"
        ),
        "answers": [
            (
                "hendra.gunawan",
                "Kami mengadakan kelas persiapan dua kali sebulan, berisi pembahasan kasus sesuai standar kompetensi jabatan. Tingkat kelulusan naik cukup jelas.",
            ),
            (
                "ratna.wulandari",
                "Bagikan kisi-kisi resmi dan contoh portofolio yang lolos. Separuh kegagalan karena portofolio tidak memenuhi format, bukan karena kompetensinya.",
            ),
            (
                "nur.aini",
                "Pasangkan pegawai dengan mentor dari jenjang di atasnya. Di Banyuwangi ini jadi bagian dari pola 20 JP.",
            ),
        ],
        "solution": 1,
    },
    {
        "author": "ratna.wulandari",
        "title": "Asesmen kompetensi jarak jauh: menjaga integritas tanpa pengawas di ruangan",
        "tags": ["asesmen kompetensi", "sistem merit", "transformasi digital"],
        "opening": (
            "Kami menjalankan asesmen jarak jauh untuk instansi daerah yang jauh dari kantor regional. "
            "Pertanyaan yang sering muncul adalah bagaimana memastikan peserta tidak dibantu orang lain. "
            "Apa saja yang rekan-rekan terapkan?"
        ),
        "answers": [
            (
                "frans.ohee",
                "Peserta wajib menyalakan dua kamera: laptop dan ponsel yang memperlihatkan meja. Ditambah wawancara singkat setelah tes untuk memastikan jawaban benar-benar dipahami.",
            ),
            (
                "dimas.nugroho",
                "Pakai bank soal besar dengan urutan acak. Dua peserta di ruangan yang sama hampir tidak mungkin mendapat soal yang sama pada waktu yang sama.",
            ),
            (
                "hendra.gunawan",
                "Metode simulasi dan wawancara perilaku lebih sulit dicurangi daripada pilihan ganda. Perbanyak porsi itu untuk jabatan pimpinan.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "nur.aini",
        "title": "Memenuhi 20 JP pengembangan kompetensi untuk guru dan tenaga kesehatan",
        "tags": ["pengembangan kompetensi", "e-learning", "20 jp"],
        "opening": (
            "Pegawai struktural di kabupaten kami sudah banyak yang memenuhi 20 JP, tetapi guru dan tenaga "
            "kesehatan tertinggal karena sulit meninggalkan tempat kerja. Bagaimana daerah lain mencatat dan "
            "memfasilitasi kelompok ini?"
        ),
        "answers": [
            (
                "sri.handayani",
                "Akui pelatihan dari instansi teknis. Pelatihan guru dari dinas pendidikan atau pelatihan klinis dari dinas kesehatan seharusnya tercatat sebagai JP juga.",
            ),
            (
                "rizky.maulana",
                "Sediakan kursus mandiri pendek yang bisa diikuti di sela tugas. Modul 2 JP jauh lebih realistis daripada kelas 3 hari.",
            ),
            (
                "elisabeth.ireeuw",
                "Untuk guru di kampung, kegiatan KKG dan MGMP bisa dihitung kalau didokumentasikan dengan benar. Kami membuat format laporan sederhana untuk itu.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "hendra.gunawan",
        "title": "Coaching dan mentoring dalam pelatihan kepemimpinan: atasan tidak punya waktu",
        "tags": ["kepemimpinan", "coaching", "pengembangan kompetensi"],
        "opening": (
            "Peserta pelatihan kepemimpinan wajib didampingi atasan sebagai mentor, tetapi banyak atasan "
            "hanya menandatangani lembar bimbingan. Bagaimana membuat sesi mentoring benar-benar terjadi?"
        ),
        "answers": [
            (
                "sri.handayani",
                "Kami melatih mentor setengah hari sebelum pelatihan dimulai. Mentor yang tahu apa yang diharapkan jauh lebih terlibat.",
            ),
            (
                "putri.maharani",
                "Jadwalkan sesi mentoring di kalender atasan sejak awal, 30 menit setiap dua minggu. Kalau tidak dijadwalkan, pasti tergeser rapat.",
            ),
            (
                "markus.rumbewas",
                "Izinkan mentor pengganti dari pejabat lain jika atasan langsung memang tidak bisa. Itu lebih baik daripada mentoring di atas kertas.",
            ),
        ],
        "solution": 1,
    },
    {
        "author": "frans.ohee",
        "title": "Pemutakhiran data ASN mandiri: pegawai di pegunungan sulit akses internet",
        "tags": ["data kepegawaian", "daerah terpencil", "sistem informasi asn"],
        "opening": (
            "Tenggat pemutakhiran data mandiri sudah dekat, tetapi pegawai di distrik pegunungan tidak bisa "
            "masuk aplikasi karena sinyal. Apakah ada cara pendampingan yang sudah berhasil?"
        ),
        "answers": [
            (
                "dimas.nugroho",
                "Tim kami membuat pos pemutakhiran di ibu kota kabupaten saat pegawai datang mengambil gaji atau rapat. Satu hari bisa menyelesaikan puluhan pegawai.",
            ),
            (
                "ratna.wulandari",
                "Koordinasikan dengan BKD supaya operator kepegawaian bisa membantu mengunggah dokumen atas persetujuan pegawai. Persetujuannya perlu tertulis.",
            ),
            (
                "markus.rumbewas",
                "Sisipkan pemutakhiran data di pelatihan yang diadakan BPSDM. Peserta sudah berkumpul dan jaringan di lokasi pelatihan lebih baik.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "putri.maharani",
        "title": "Klinik konsultasi manajemen talenta untuk pegawai: pertanyaan apa yang paling sering?",
        "tags": ["manajemen talenta", "konsultasi", "pengembangan karier"],
        "opening": (
            "Kami membuka klinik konsultasi karier untuk pegawai. Ingin tahu dari rekan lain: pertanyaan apa "
            "yang paling sering muncul dan bagaimana kalian menyiapkan konselornya?"
        ),
        "answers": [
            (
                "ratna.wulandari",
                "Paling sering soal jalur karier fungsional versus struktural dan syarat mutasi. Kami menyiapkan lembar jawaban standar supaya konselor konsisten.",
            ),
            (
                "nur.aini",
                "Pegawai muda banyak bertanya soal tugas belajar. Siapkan informasi beasiswa dan syaratnya dalam satu halaman.",
            ),
            (
                "hendra.gunawan",
                "Latih konselor untuk mendengar dulu. Banyak pegawai datang bukan untuk informasi, tetapi karena konflik dengan atasan.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "bagus.prasetyo",
        "title": "Penyederhanaan birokrasi: pejabat yang dialihkan ke fungsional merasa kehilangan peran",
        "tags": ["reformasi birokrasi", "jabatan fungsional"],
        "opening": (
            "Setelah penyetaraan jabatan, banyak mantan pejabat struktural yang merasa tugasnya tidak jelas. "
            "Kinerjanya menurun dan sebagian meminta kembali ke struktural. Bagaimana instansi lain "
            "mendampingi masa transisi ini?"
        ),
        "answers": [
            (
                "putri.maharani",
                "Kami menyusun ulang peta proses bisnis dan menempatkan pejabat fungsional sebagai pemilik proses tertentu. Peran jadi jelas, bukan sekadar 'staf ahli'.",
            ),
            (
                "ratna.wulandari",
                "Berikan pelatihan substansi jabatan fungsionalnya dalam tiga bulan pertama. Banyak yang belum tahu butir kegiatan jabatan barunya.",
            ),
            (
                "hendra.gunawan",
                "Bentuk tim kerja lintas bidang yang dipimpin pejabat fungsional senior. Itu memberi ruang kepemimpinan tanpa jabatan struktural.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "dimas.nugroho",
        "title": "Mutasi pegawai antardaerah: berkas yang paling sering kurang",
        "tags": ["mutasi", "data kepegawaian", "pelayanan kepegawaian"],
        "opening": (
            "Usul mutasi antardaerah yang masuk ke kantor regional sering dikembalikan karena berkas kurang. "
            "Kami ingin membuat daftar periksa bersama BKD. Berkas apa yang paling sering terlewat di tempat "
            "rekan-rekan?"
        ),
        "answers": [
            (
                "putri.maharani",
                "Surat pernyataan tidak sedang menjalani hukuman disiplin dan analisis jabatan di instansi tujuan. Dua dokumen itu hampir selalu tertinggal.",
            ),
            (
                "ratna.wulandari",
                "Kami membuka layanan janji temu daring untuk konsultasi mutasi sebelum berkas dikirim. Berkas yang dikembalikan turun lebih dari separuh.",
            ),
            (
                "frans.ohee",
                "Untuk pegawai dari Papua, persetujuan gubernur kadang diperlukan. Cantumkan itu di daftar periksa supaya tidak ada yang terkejut.",
            ),
        ],
        "solution": 1,
    },
    {
        "author": "sri.handayani",
        "title": "Corporate university di provinsi: mulai dari mana kalau anggaran kecil?",
        "tags": ["corporate university", "pengembangan kompetensi", "kepemimpinan"],
        "opening": (
            "Pimpinan ingin BPSDM menjadi corporate university, tetapi anggaran pelatihan kami justru turun. "
            "Langkah awal apa yang paling berdampak tanpa menambah biaya besar?"
        ),
        "answers": [
            (
                "hendra.gunawan",
                "Mulai dari pemetaan kebutuhan belajar yang dikaitkan dengan prioritas kepala daerah. Corporate university bukan gedung baru, tetapi cara memilih pelatihan yang tepat.",
            ),
            (
                "nur.aini",
                "Manfaatkan pegawai senior sebagai pengajar internal. Banyuwangi punya lebih dari 50 pengajar internal yang tidak dibayar mahal, cukup diakui angka kreditnya.",
            ),
            (
                "rizky.maulana",
                "Pindahkan sebagian pelatihan klasikal ke format campuran. Biaya akomodasi adalah porsi terbesar anggaran pelatihan.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "ratna.wulandari",
        "title": "Sistem merit: bukti apa yang diminta penilai untuk aspek pengembangan karier?",
        "tags": ["sistem merit", "pengembangan karier", "evaluasi"],
        "opening": (
            "Penilaian sistem merit instansi kami tertahan di aspek pengembangan karier. Penilai meminta "
            "bukti rencana suksesi dan kelompok rencana suksesi. Apakah ada contoh dokumen yang diterima?"
        ),
        "answers": [
            (
                "putri.maharani",
                "Kami menyerahkan hasil pemetaan talenta, daftar kelompok rencana suksesi per jabatan kritikal, dan notulen rapat tim penilai kinerja yang membahasnya.",
            ),
            (
                "bagus.prasetyo",
                "Bukti pelaksanaan lebih dihargai daripada peraturan. Tunjukkan minimal satu pengisian jabatan yang benar-benar memakai kelompok rencana suksesi.",
            ),
            (
                "dimas.nugroho",
                "Pastikan data di sistem informasi ASN sama dengan dokumen yang diserahkan. Ketidaksesuaian data sering membuat nilai turun.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "markus.rumbewas",
        "title": "Pelatihan dasar CPNS di Papua: peserta dari kabupaten jauh terlambat datang",
        "tags": ["latsar cpns", "pengembangan kompetensi", "daerah terpencil"],
        "opening": (
            "Setiap angkatan latsar selalu ada peserta yang terlambat seminggu karena jadwal pesawat. "
            "Mereka tertinggal materi dan aktualisasinya terganggu. Bagaimana penyelenggara lain "
            "menyiasatinya?"
        ),
        "answers": [
            (
                "hendra.gunawan",
                "Pindahkan materi awal ke fase belajar mandiri daring sebelum klasikal. Peserta yang terlambat bisa mengejar dari tempat masing-masing.",
            ),
            (
                "sri.handayani",
                "Tetapkan jadwal klasikal setelah mengecek jadwal penerbangan perintis. Kedengarannya sederhana, tetapi sering terlupa saat menyusun kalender.",
            ),
            (
                "nur.aini",
                "Beri mentor aktualisasi di kabupaten asal. Peserta tetap bisa mengerjakan rancangan aktualisasi meskipun terlambat tiba.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "putri.maharani",
        "title": "Dialog kinerja bulanan antara atasan dan pegawai: format yang tidak memberatkan",
        "tags": ["kinerja", "dialog kinerja", "manajemen kinerja"],
        "opening": (
            "Kami mewajibkan dialog kinerja bulanan, tetapi banyak atasan menganggapnya tambahan administrasi. "
            "Format apa yang cukup ringan tetapi tetap bermakna?"
        ),
        "answers": [
            (
                "bagus.prasetyo",
                "Tiga pertanyaan saja: apa yang sudah tercapai, apa hambatannya, apa yang perlu dibantu atasan. Catatan satu paragraf sudah cukup.",
            ),
            (
                "ratna.wulandari",
                "Lakukan sambil berdiri di awal minggu, 15 menit per tim. Dialog tidak harus satu per satu setiap bulan.",
            ),
            (
                "hendra.gunawan",
                "Latih atasan memberi umpan balik. Format apa pun gagal kalau atasan tidak tahu cara menyampaikan kritik dengan baik.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "nur.aini",
        "title": "Tugas belajar pegawai: bagaimana memastikan mereka kembali dan ilmunya dipakai?",
        "tags": ["tugas belajar", "pengembangan kompetensi", "manajemen talenta"],
        "opening": (
            "Beberapa pegawai yang selesai tugas belajar justru pindah instansi atau ditempatkan di bagian "
            "yang tidak sesuai. Bagaimana rekan-rekan merencanakan penempatan setelah tugas belajar?"
        ),
        "answers": [
            (
                "putri.maharani",
                "Tetapkan jabatan tujuan sejak seleksi tugas belajar. Pegawai tahu akan kembali ke mana, dan unitnya menyiapkan tempat.",
            ),
            (
                "ratna.wulandari",
                "Minta tesis atau tugas akhir mengangkat masalah instansi. Hasilnya bisa langsung dipakai saat pegawai kembali.",
            ),
            (
                "dimas.nugroho",
                "Perjanjian ikatan dinas perlu ditegakkan, tetapi yang lebih menentukan adalah penempatan yang masuk akal.",
            ),
        ],
        "solution": 0,
    },
    {
        "author": "dimas.nugroho",
        "title": "Kenaikan pangkat otomatis: data yang masih harus diperbaiki manual",
        "tags": ["kenaikan pangkat", "data kepegawaian", "sistem informasi asn"],
        "opening": (
            "Kenaikan pangkat sudah banyak yang diproses otomatis, tetapi sebagian usulan tertahan karena "
            "riwayat jabatan atau pendidikan tidak lengkap. Bagian data mana yang paling sering bermasalah "
            "di instansi rekan-rekan?"
        ),
        "answers": [
            (
                "putri.maharani",
                "Riwayat pendidikan yang diperoleh setelah pengangkatan sering belum diunggah. Kami meminta pegawai mengunggah ijazah dan SK pencantuman gelar sekaligus.",
            ),
            (
                "frans.ohee",
                "Riwayat jabatan lama sebelum sistem daring hampir selalu kosong. Kami menelusuri arsip SK fisik bersama BKD, satu per satu.",
            ),
            (
                "ratna.wulandari",
                "Kirim pengingat enam bulan sebelum periode kenaikan pangkat. Waktu enam bulan cukup untuk memperbaiki data tanpa terburu-buru.",
            ),
        ],
        "solution": 0,
    },
]
