"""Relevance of the site search (/cari/) on Whoosh beside Wagtail's SQLite and PostgreSQL backends: nDCG@10; prints, never asserts.

    python bench/relevance_set.py [--show 0] [--no-postgres]

Sixty-seven short practices written for this set (title and summary, in
Indonesian, across urusan; some with a region and an agency with its
acronym) and 71 queries with judged documents, graded 0-3:

    3  about exactly this     2  clearly useful     1  touches on it     0  (unjudged) not relevant

Queries come in kinds, each scored on its own: topics (one to five words),
questions ("bagaimana cara ..."), typos ("stuntng balita"), spelling
variants ("ijin usaha", "kwalitas ..."), acronyms ("TTE", "Bapenda") and
spelled-out names ("satuan polisi pamong praja"), and place names
("posyandu di Sorong"). Each query runs through the site search path
(search.site_search.SiteSearch, as /cari/ runs it for an anonymous reader,
spelling correction included), on each backend configured side by side:
`whoosh` (search.backends.whoosh with the site's own options), `sqlite`
(modelsearch.backends.database.sqlite.sqlite, FTS5) and, when PostgreSQL's
server is installed, `postgres` (modelsearch.backends.database.postgres)
on the same content in a throwaway server started by .ci/with-postgres.sh
(a second process of this script; its figures join the same table).
Prints nDCG@10 per query, per kind and overall; `--show N` lists each
backend's top N titles per query with their grades.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import benchsite

# key: (title, summary, urusan, agency name or "")
DOCUMENTS = {
    "d01": (
        "Layanan Adminduk Keliling ke Desa Terpencil",
        "Disdukcapil membawa mobil layanan ke desa-desa di pegunungan: perekaman KTP-el, pembaruan "
        "kartu keluarga dan akta dalam satu kunjungan.",
        "kependudukan", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Jayawijaya",
    ),
    "d02": (
        "Akta Kelahiran Terbit Sebelum Ibu Pulang dari Rumah Sakit",
        "RSUD bekerja sama dengan Dinas Kependudukan dan Pencatatan Sipil: bidan mengunggah surat "
        "keterangan lahir, akta bayi dicetak di ruang nifas.",
        "kependudukan", "Rumah Sakit Umum Daerah Kota Kupang",
    ),
    "d03": (
        "Identitas Kependudukan Digital untuk Seluruh Pegawai",
        "Aktivasi IKD di setiap kantor perangkat daerah; petugas Dukcapil datang membawa pemindai "
        "wajah sehingga pegawai tidak perlu antre.",
        "kependudukan", "",
    ),
    "d04": (
        "Perekaman KTP Elektronik bagi Penyandang Disabilitas",
        "Petugas Dukcapil mendatangi rumah warga difabel dan panti untuk merekam KTP elektronik, "
        "dengan juru bahasa isyarat.",
        "kependudukan", "",
    ),
    "d05": (
        "Kartu Identitas Anak Diurus Lewat Sekolah",
        "Operator sekolah mengumpulkan berkas, Disdukcapil mencetak KIA dan menyerahkannya saat "
        "upacara.",
        "kependudukan", "",
    ),
    "d06": (
        "Pelatihan ASN Daring Lewat Kelas Mandiri",
        "BKPSDM membuka kelas e-learning sehingga setiap aparatur sipil negara bisa memenuhi 20 jam "
        "pelajaran pengembangan kompetensi setahun tanpa meninggalkan kantor.",
        "kepegawaian", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sleman",
    ),
    "d07": (
        "Diklat Kepemimpinan Berbasis Proyek Perubahan",
        "Pejabat pengawas dilatih memimpin proyek perubahan nyata di unitnya, didampingi mentor dari "
        "pejabat tinggi pratama.",
        "kepegawaian", "",
    ),
    "d08": (
        "Coaching dan Mentoring untuk PNS Baru",
        "Setiap pegawai baru mendapat coach dari pegawai senior selama enam bulan pertama; sesi "
        "mingguan dicatat di aplikasi.",
        "kepegawaian", "",
    ),
    "d09": (
        "Manajemen Talenta ASN di Pemerintah Provinsi",
        "Kotak sembilan talenta dipakai untuk promosi jabatan; hasil penilaian kinerja dan potensi "
        "terbuka bagi pegawai.",
        "kepegawaian", "",
    ),
    "d10": (
        "Arsip Kepegawaian Tanpa Kertas",
        "SK, ijazah dan riwayat pangkat dipindai ke sistem informasi kepegawaian sehingga usul "
        "kenaikan pangkat tidak lagi tercecer.",
        "kepegawaian", "",
    ),
    "d11": (
        "Melatih Petugas Puskesmas dengan Video Pendek",
        "Materi tata laksana gizi buruk dikemas dalam video tiga menit; petugas belajar di sela "
        "pelayanan.",
        "kesehatan", "",
    ),
    "d12": (
        "Posyandu Digital Pantau Tumbuh Kembang Balita",
        "Kader posyandu dilatih menimbang dan mengukur balita lalu mencatatnya di aplikasi, sehingga "
        "balita berisiko stunting segera dirujuk ke puskesmas.",
        "kesehatan", "Dinas Kesehatan Kabupaten Lombok Timur",
    ),
    "d13": (
        "Dapur Sehat Atasi Stunting",
        "Dashat menyediakan makanan bergizi dari bahan pangan lokal untuk balita stunting dan ibu "
        "hamil kurang energi kronis.",
        "kesehatan", "",
    ),
    "d14": (
        "Gerakan Orang Tua Asuh Cegah Stunting",
        "Pegawai dan pengusaha menjadi orang tua asuh bagi anak balita berisiko stunting, membiayai "
        "telur dan susu selama enam bulan.",
        "kesehatan", "",
    ),
    "d15": (
        "Kelas Ibu Hamil dan Tablet Tambah Darah",
        "Bidan desa memantau ibu hamil meminum tablet tambah darah lewat grup WhatsApp dan kelas "
        "bulanan.",
        "kesehatan", "",
    ),
    "d16": (
        "Makanan Tambahan Pangan Lokal untuk Anak Gizi Kurang",
        "Balita dengan berat badan kurang mendapat makanan tambahan dari ikan dan kelor selama 90 "
        "hari; gagal tumbuh dicegah sejak dini.",
        "kesehatan", "",
    ),
    "d17": (
        "Jamban Sehat dan Sanitasi Total di Desa",
        "Arisan jamban membantu keluarga membangun jamban sehat; desa dinyatakan bebas buang air "
        "besar sembarangan.",
        "kesehatan", "",
    ),
    "d18": (
        "Imunisasi Kejar untuk Anak yang Tertinggal Jadwal",
        "Kader mendata anak yang belum lengkap imunisasinya dan puskesmas membuka layanan imunisasi "
        "sore hari.",
        "kesehatan", "",
    ),
    "d19": (
        "Telemedisin Puskesmas untuk Pulau-Pulau Kecil",
        "Perawat di pulau berkonsultasi dengan dokter puskesmas induk lewat video call.",
        "kesehatan", "",
    ),
    "d20": (
        "Skrining TBC oleh Kader di Pasar",
        "Kader kesehatan menanyai pedagang tentang batuk lama dan mengantar dahak ke laboratorium "
        "puskesmas.",
        "kesehatan", "",
    ),
    "d21": (
        "Menata Jam Pelajaran Guru agar Beban Mengajar Merata",
        "Dinas pendidikan memetakan jam pelajaran setiap guru sehingga guru yang kurang jam mengajar "
        "di sekolah terdekat dan tunjangan profesinya tetap cair.",
        "pendidikan", "",
    ),
    "d22": (
        "Jadwal Pelajaran Fleksibel di Sekolah Satu Atap",
        "SD dan SMP berbagi guru; jadwal pelajaran disusun bersama agar tidak ada kelas kosong.",
        "pendidikan", "",
    ),
    "d23": (
        "Tambahan Jam Belajar Membaca untuk Kelas Awal",
        "Tiga puluh menit membaca bersama sebelum pelajaran dimulai; kemampuan literasi kelas 1-3 "
        "naik.",
        "pendidikan", "",
    ),
    "d24": (
        "Guru Penggerak di Pedalaman Papua",
        "Guru dari kota tinggal setahun di kampung pedalaman, melatih guru setempat dan membuka kelas "
        "malam.",
        "pendidikan", "",
    ),
    "d25": (
        "Belajar Jarak Jauh Lewat Radio Komunitas",
        "Saat sekolah di pedalaman tutup, guru mengajar lewat radio komunitas dan tugas diantar ke "
        "rumah.",
        "pendidikan", "",
    ),
    "d26": (
        "Sekolah Ramah Anak Tanpa Perundungan",
        "Siswa menjadi agen perubahan antiperundungan dan guru BK membuka kotak pengaduan rahasia.",
        "pendidikan", "",
    ),
    "d27": (
        "PPDB Zonasi Transparan dengan Dasbor Kuota",
        "Orang tua melihat sisa kuota setiap sekolah secara langsung sehingga tidak ada lagi "
        "titip-menitip kursi.",
        "pendidikan", "",
    ),
    "d28": (
        "Mal Pelayanan Publik Satu Atap",
        "Dua puluh instansi melayani dalam satu gedung: perizinan, adminduk, pajak, hingga paspor.",
        "pelayanan-publik", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Batam",
    ),
    "d29": (
        "Perizinan Berusaha Lewat OSS untuk UMKM",
        "Pendamping DPMPTSP membantu pelaku usaha mikro mendapat NIB dan sertifikat halal lewat OSS "
        "dalam satu hari.",
        "pelayanan-publik", "",
    ),
    "d30": (
        "Antrean Daring di Kantor Pelayanan",
        "Warga mengambil nomor antrean lewat ponsel dan datang sesuai jam yang dipilih.",
        "pelayanan-publik", "",
    ),
    "d31": (
        "Pengaduan Warga Lewat WhatsApp dan SP4N-LAPOR!",
        "Setiap pengaduan masyarakat dijawab dalam tiga hari kerja; yang masuk lewat WhatsApp "
        "diteruskan ke LAPOR! agar terpantau.",
        "pelayanan-publik", "",
    ),
    "d32": (
        "Maklumat Pelayanan dan Survei Kepuasan Masyarakat",
        "Setiap loket memasang maklumat pelayanan; warga menilai layanan dengan memindai QR code.",
        "pelayanan-publik", "",
    ),
    "d33": (
        "Layanan Izin Usaha Akhir Pekan di Pasar",
        "Petugas perizinan membuka gerai di pasar setiap Sabtu dan Minggu untuk pedagang kecil.",
        "pelayanan-publik", "",
    ),
    "d34": (
        "Musrenbang Daring dengan Usulan Berbasis Peta",
        "Bappeda menerima usulan pembangunan dari desa lengkap dengan titik lokasi dan foto.",
        "perencanaan", "Badan Perencanaan Pembangunan Daerah Kabupaten Banyuwangi",
    ),
    "d35": (
        "E-Budgeting dari Usulan sampai APBD",
        "Usulan hasil musrenbang terhubung langsung dengan rencana kerja dan anggaran perangkat "
        "daerah.",
        "perencanaan", "",
    ),
    "d36": (
        "Bayar Pajak Daerah dengan QRIS",
        "Wajib pajak hotel, restoran dan PBB membayar lewat QRIS; pendapatan asli daerah naik.",
        "keuangan", "Badan Pendapatan Daerah Kota Makassar",
    ),
    "d37": (
        "Papan Informasi Dana Desa di Setiap Dusun",
        "Rincian dana desa dan realisasinya dipasang di papan informasi dan diumumkan di masjid.",
        "pemberdayaan-desa", "",
    ),
    "d38": (
        "Satu Data Daerah untuk Perencanaan Pembangunan",
        "Portal satu data menyatukan data sektoral dari perangkat daerah dengan walidata di "
        "Diskominfo.",
        "komunikasi-informatika", "",
    ),
    "d39": (
        "Dasbor Kinerja Perangkat Daerah",
        "Capaian indikator SAKIP setiap dinas tampil di dasbor yang dibahas bupati tiap bulan.",
        "perencanaan", "",
    ),
    "d40": (
        "Bank Sampah Sekolah dan Tabungan Siswa",
        "Siswa menyetor botol dan kertas bekas; hasilnya menjadi tabungan untuk biaya study tour.",
        "lingkungan-hidup", "",
    ),
    "d41": (
        "TPS3R Desa Mengolah Sampah Organik Menjadi Kompos",
        "Sampah rumah tangga dipilah, yang organik dikomposkan dan plastiknya dijual ke pengepul.",
        "lingkungan-hidup", "",
    ),
    "d42": (
        "Pasar Tradisional Bebas Kantong Plastik",
        "Pedagang mengganti kantong plastik dengan besek dan tas kain; sampah plastik pasar turun "
        "separuh.",
        "lingkungan-hidup", "",
    ),
    "d43": (
        "Pemutakhiran DTKS Berbasis RT",
        "Ketua RT memverifikasi keluarga miskin di Data Terpadu Kesejahteraan Sosial setiap tiga "
        "bulan.",
        "sosial", "Dinas Sosial Kabupaten Gunungkidul",
    ),
    "d44": (
        "Layanan Lansia di Rumah",
        "Perawat dan pekerja sosial mengunjungi lansia yang tinggal sendiri untuk cek kesehatan dan "
        "bantuan.",
        "sosial", "",
    ),
    "d45": (
        "Bansos Nontunai Tepat Sasaran",
        "Penerima bantuan sosial dicocokkan dengan data kemiskinan dan NIK sebelum kartu dibagikan.",
        "sosial", "",
    ),
    "d46": (
        "Kartu Tani Digital untuk Pupuk Bersubsidi",
        "Petani menebus pupuk bersubsidi dengan kartu tani; kios melaporkan stok setiap hari.",
        "pertanian", "",
    ),
    "d47": (
        "Penyuluh Pertanian di Grup WhatsApp",
        "Penyuluh menjawab pertanyaan petani tentang hama dan cuaca lewat grup WhatsApp per "
        "kecamatan.",
        "pertanian", "",
    ),
    "d48": (
        "Lumbung Pangan Desa untuk Musim Paceklik",
        "Kelompok tani menyisihkan gabah saat panen untuk dipinjamkan ketika paceklik.",
        "pangan", "",
    ),
    "d49": (
        "BUMDes Mengelola Air Bersih",
        "Badan usaha milik desa memasang meteran air dan iurannya membiayai perawatan pipa.",
        "pemberdayaan-desa", "",
    ),
    "d50": (
        "Desa Wisata Berbasis Kelompok Sadar Wisata",
        "Pokdarwis mengelola homestay dan paket wisata; pendapatan desa naik dan pemuda tidak "
        "merantau.",
        "pariwisata", "",
    ),
    "d51": (
        "Bus Sekolah Gratis untuk Daerah Terpencil",
        "Dishub menjalankan bus sekolah di rute pegunungan sehingga siswa tidak lagi berjalan dua "
        "jam.",
        "perhubungan", "",
    ),
    "d52": (
        "Penataan PKL Tanpa Penggusuran",
        "Satpol PP dan pedagang kaki lima menyepakati jam dan lokasi berjualan.",
        "ketertiban", "",
    ),
    "d53": (
        "Peta Rawan Bencana yang Diperbarui Warga",
        "BPBD mengajak relawan desa menandai titik longsor dan banjir di peta daring.",
        "ketertiban", "",
    ),
    "d54": (
        "Aplikasi Super Layanan Daerah",
        "Puluhan aplikasi perangkat daerah disatukan dalam satu aplikasi sesuai arsitektur SPBE.",
        "komunikasi-informatika", "",
    ),
    "d55": (
        "Tanda Tangan Elektronik untuk Surat Dinas",
        "Surat dinas ditandatangani secara elektronik dengan sertifikat BSrE; tidak ada lagi surat "
        "menunggu pimpinan.",
        "komunikasi-informatika", "",
    ),
    "d56": (
        "Pelatihan Literasi Digital untuk Perangkat Desa",
        "Operator desa berlatih mengelola situs desa dan media sosial resmi selama tiga hari.",
        "komunikasi-informatika", "",
    ),
    "d57": (
        "Rumah Aman bagi Anak Korban Kekerasan",
        "UPTD PPA menyediakan rumah aman, pendamping hukum dan psikolog untuk anak korban kekerasan.",
        "pemberdayaan-perempuan", "",
    ),
    "d58": (
        "Pendampingan Perempuan Kepala Keluarga Berwirausaha",
        "Ibu tunggal mendapat pelatihan usaha, modal bergulir dan pendampingan pemasaran daring.",
        "pemberdayaan-perempuan", "",
    ),
    "d59": (
        "Katalog Elektronik Lokal untuk Pengadaan",
        "Produk UMKM daerah masuk katalog elektronik sehingga belanja perangkat daerah berpihak ke "
        "usaha lokal.",
        "keuangan", "",
    ),
    "d60": (
        "Zona Integritas: Pelayanan Bebas Pungli di Kecamatan",
        "Kantor kecamatan membuka loket tanpa uang tunai, memasang CCTV dan kanal pengaduan pungli.",
        "pelayanan-publik", "",
    ),
    "d61": (
        "Posyandu Keliling di Kampung Pesisir",
        "Kader posyandu naik perahu menimbang balita di kampung pesisir yang jauh dari puskesmas.",
        "kesehatan", "",
    ),
    "d62": (
        "Perpustakaan Desa Keliling dengan Sepeda Motor",
        "Pustakawan desa membawa buku ke dusun-dusun setiap pekan; anak-anak meminjam buku di balai desa.",
        "pendidikan", "",
    ),
    "d63": (
        "Perpustakaan Desa Digital",
        "Perpustakaan desa menyediakan buku elektronik dan komputer untuk warga.",
        "pendidikan", "",
    ),
    "d64": (
        "Kualitas Pelayanan Puskesmas Diukur Warga Tiap Bulan",
        "Pasien menilai keramahan, waktu tunggu dan kebersihan; puskesmas memperbaiki kualitas layanan.",
        "kesehatan", "",
    ),
    "d65": (
        "Praktik Baik Pelayanan Publik dari Kantor Kecamatan",
        "Kecamatan berbagi praktik baik pelayanan publik: loket terpadu dan standar waktu layanan.",
        "pelayanan-publik", "",
    ),
    "d66": (
        "Samsat Keliling di Pasar Malam",
        "Bapenda dan kepolisian membuka samsat keliling sehingga warga membayar pajak kendaraan tanpa antre.",
        "keuangan", "",
    ),
    # Shares more words of "bagaimana cara mempercepat pembuatan akta kelahiran" than d02
    # (cepat, buat, akta) but not the one that matters: kelahiran.
    "d67": (
        "Akta Kematian Terbit Lebih Cepat di Kelurahan",
        "Petugas kelurahan membuat berkas akta kematian; akta kematian terbit lebih cepat tanpa "
        "datang ke kantor dinas.",
        "kependudukan", "",
    ),
}  # fmt: skip

#: Where documents happened (regency/city or province names as imported); the rest: DKI Jakarta.
REGIONS = {
    "d01": "Kabupaten Jayawijaya", "d02": "Kota Kupang", "d06": "Kabupaten Sleman",
    "d12": "Kabupaten Lombok Timur", "d28": "Kota Batam", "d34": "Kabupaten Banyuwangi",
    "d36": "Kota Makassar", "d43": "Kabupaten Gunungkidul", "d61": "Kabupaten Sorong",
    "d62": "Kabupaten Banyuwangi", "d63": "Kabupaten Sleman", "d24": "Kabupaten Jayawijaya",
    "d17": "Kabupaten Lombok Barat",
}  # fmt: skip
#: Agencies' acronyms: found from the data (community.search_vocabulary), never from a list.
AGENCY_ACRONYMS = {
    "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Jayawijaya": "Disdukcapil Jayawijaya",
    "Badan Pendapatan Daerah Kota Makassar": "Bapenda Makassar",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Batam": "DPMPTSP Batam",
    "Badan Perencanaan Pembangunan Daerah Kabupaten Banyuwangi": "Bappeda Banyuwangi",
    "Dinas Sosial Kabupaten Gunungkidul": "Dinsos Gunungkidul",
}

# (kind, query): {document key: grade}; documents not listed are graded 0.
TOPIC, QUESTION, TYPO, VARIANT = "topik", "pertanyaan", "salah ketik", "varian ejaan"
ACRONYM, SPELLED_OUT, PLACE = "akronim", "kepanjangan", "tempat"
KINDS = (TOPIC, QUESTION, TYPO, VARIANT, ACRONYM, SPELLED_OUT, PLACE)
_PELATIHAN_ASN = {"d06": 3, "d07": 3, "d08": 2, "d09": 1, "d11": 1, "d56": 1}
_STUNTING = {"d12": 3, "d13": 3, "d14": 3, "d16": 2, "d15": 1, "d17": 1}
_AKTA = {"d02": 3, "d01": 2, "d05": 1}
_PENGADUAN = {"d31": 3, "d32": 2, "d60": 1, "d26": 1}
_SAMPAH_PLASTIK = {"d42": 3, "d41": 2, "d40": 2}
_KEMISKINAN = {"d43": 3, "d45": 2, "d38": 1}
_IZIN_USAHA = {"d33": 3, "d29": 3, "d28": 1}
_PERIZINAN_UMKM = {"d29": 3, "d33": 2, "d28": 1, "d59": 1}
_POSYANDU = {"d12": 3, "d61": 3}
JUDGMENTS = {
    (TOPIC, "Disdukcapil"): {"d01": 3, "d02": 3, "d04": 3, "d05": 3, "d03": 2},
    (TOPIC, "pelatihan ASN"): _PELATIHAN_ASN,
    (TOPIC, "stunting balita"): _STUNTING,
    (TOPIC, "jam pelajaran"): {"d21": 3, "d22": 2, "d23": 2, "d06": 1},
    (TOPIC, "akta kelahiran"): _AKTA,
    (TOPIC, "mal pelayanan publik"): {"d28": 3, "d30": 1, "d32": 1, "d33": 1},
    (TOPIC, "perizinan UMKM"): _PERIZINAN_UMKM,
    (TOPIC, "pengaduan masyarakat"): _PENGADUAN,
    (TOPIC, "sampah plastik"): _SAMPAH_PLASTIK,
    (TOPIC, "pajak daerah"): {"d36": 3, "d66": 2, "d28": 1},
    (TOPIC, "data kemiskinan"): _KEMISKINAN,
    (TOPIC, "latihan kader posyandu"): {"d12": 3, "d11": 1, "d20": 1, "d18": 1, "d61": 1},
    (TOPIC, "KTP elektronik"): {"d04": 3, "d01": 2, "d03": 1},
    (TOPIC, "guru pedalaman"): {"d24": 3, "d25": 2, "d51": 1, "d21": 1},
    (TOPIC, "gizi buruk anak"): {"d16": 3, "d11": 2, "d13": 2, "d12": 1, "d14": 1},
    (TOPIC, "tabungan siswa bank sampah sekolah"): {"d40": 3, "d41": 1},
    (QUESTION, "bagaimana cara mempercepat pembuatan akta kelahiran"): _AKTA,
    (QUESTION, "apa manfaat e-learning bagi pegawai"): {"d06": 3, "d08": 1, "d56": 1},
    (QUESTION, "bagaimana cara mencegah stunting pada balita"): _STUNTING,
    (QUESTION, "bagaimana agar guru di pedalaman tetap bisa mengajar"): {"d24": 3, "d25": 3, "d21": 1},
    (QUESTION, "apakah pajak daerah bisa dibayar lewat QRIS"): {"d36": 3},
    (QUESTION, "cara mengurangi sampah plastik di pasar tradisional"): _SAMPAH_PLASTIK,
    (QUESTION, "bagaimana cara mengurus kartu identitas anak"): {"d05": 3},
    (QUESTION, "bagaimana menindaklanjuti pengaduan masyarakat dengan cepat"): _PENGADUAN,
    (QUESTION, "bagaimana pelaku usaha mikro mendapat izin usaha"): _IZIN_USAHA,
    (QUESTION, "bagaimana memantau ibu hamil agar minum tablet tambah darah"): {"d15": 3},
    (QUESTION, "apa saja langkah membangun desa wisata"): {"d50": 3},
    (TYPO, "pelatihn ASN"): _PELATIHAN_ASN,
    (TYPO, "stuntng balita"): _STUNTING,
    (TYPO, "akta kelahrian"): _AKTA,
    (TYPO, "pengaduan masyarakt"): _PENGADUAN,
    (TYPO, "imunisai anak"): {"d18": 3},
    (TYPO, "sampah plastk"): _SAMPAH_PLASTIK,
    (TYPO, "posyandu digitl"): {"d12": 3},
    (TYPO, "sanitsi desa"): {"d17": 3},
    (TYPO, "data kemiskinn"): _KEMISKINAN,
    (TYPO, "telemedisn puskesmas"): {"d19": 3},
    (VARIANT, "ijin usaha"): _IZIN_USAHA,
    (VARIANT, "perijinan UMKM"): _PERIZINAN_UMKM,
    (VARIANT, "antri layanan"): {"d30": 3, "d03": 1, "d66": 1},
    (VARIANT, "antrian daring"): {"d30": 3},
    (VARIANT, "resiko stunting"): {"d12": 3, "d14": 3},
    (VARIANT, "jadual pelajaran"): {"d22": 3, "d21": 2},
    (VARIANT, "managemen talenta"): {"d09": 3},
    (VARIANT, "sistim informasi kepegawaian"): {"d10": 3},
    (VARIANT, "kwalitas pelayanan puskesmas"): {"d64": 3, "d32": 1},
    (VARIANT, "praktek baik pelayanan publik"): {"d65": 3, "d32": 1, "d60": 1},
    (ACRONYM, "TTE"): {"d55": 3},
    (ACRONYM, "ZI"): {"d60": 3},
    (ACRONYM, "MPP"): {"d28": 3},
    (ACRONYM, "UMKM"): {"d29": 3, "d59": 3},
    (ACRONYM, "KTP-el"): {"d04": 3, "d01": 3},
    (ACRONYM, "Bapenda"): {"d36": 3, "d66": 3},
    (ACRONYM, "DPMPTSP"): {"d29": 3, "d28": 3},
    (SPELLED_OUT, "sistem pemerintahan berbasis elektronik"): {"d54": 3},
    (SPELLED_OUT, "satuan polisi pamong praja"): {"d52": 3},
    (SPELLED_OUT, "online single submission"): {"d29": 3},
    (SPELLED_OUT, "badan penanggulangan bencana daerah"): {"d53": 3},
    (SPELLED_OUT, "sistem akuntabilitas kinerja instansi pemerintah"): {"d39": 3},
    (SPELLED_OUT, "badan pendapatan daerah"): {"d36": 3, "d66": 3},
    (SPELLED_OUT, "dinas penanaman modal dan pelayanan terpadu satu pintu"): {"d28": 3, "d29": 3},
    (PLACE, "posyandu di Sorong"): {"d61": 3, "d12": 1},
    (PLACE, "posyandu Lombok Timur"): {"d12": 3, "d61": 1},
    (PLACE, "perpustakaan desa Banyuwangi"): {"d62": 3, "d63": 1},
    (PLACE, "perpustakaan desa di Sleman"): {"d63": 3, "d62": 1},
    (PLACE, "pajak daerah Makassar"): {"d36": 3, "d66": 1},
    (PLACE, "akta kelahiran Kupang"): {"d02": 3, "d01": 1, "d05": 1},
    (PLACE, "musrenbang Banyuwangi"): {"d34": 3, "d35": 1},
    (PLACE, "pelatihan ASN Sleman"): {"d06": 3, "d07": 1, "d08": 1},
    (PLACE, "guru pedalaman Jayawijaya"): {"d24": 3, "d25": 1},
    (PLACE, "sanitasi Nusa Tenggara Barat"): {"d17": 3, "d12": 1},
}


def dcg(grades):
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def ndcg_at_10(ranked_keys, judged):
    ideal = dcg(sorted(judged.values(), reverse=True)[:10])
    return dcg([judged.get(key, 0) for key in ranked_keys[:10]]) / ideal if ideal else 0.0


def create_documents():
    """The practices as published pages; returns {page pk: document key}."""
    from django.utils.text import slugify

    from bench.search import insert_practices
    from community.models import Agency, AgencyLevel, Region

    default_region = Region.objects.get(name="DKI Jakarta")
    regions = {region.name: region for region in Region.objects.filter(name__in=set(REGIONS.values()))}
    agencies = {}
    specs = []
    for number, (key, (title, summary, affair, agency_name)) in enumerate(DOCUMENTS.items(), start=1):
        region = regions.get(REGIONS.get(key), default_region)
        agency = None
        if agency_name:
            agency = agencies.get(agency_name) or Agency.objects.create(
                name=agency_name,
                acronym=AGENCY_ACRONYMS.get(agency_name, ""),
                slug=slugify(agency_name)[:50],
                level=AgencyLevel.REGENCY,
                region=region,
            )
            agencies[agency_name] = agency
        specs.append(
            {
                "title": title,
                "summary": summary,
                "paragraphs": [],
                "agency": agency,
                "region": region,
                "government_affair": affair,
                "number": number,
                "key": key,
            }
        )
    pages = insert_practices(specs)
    return {page.pk: spec["key"] for page, spec in zip(pages, specs, strict=True)}


def site_search_ranking(name, query):
    """Keys of the first ten hits /cari/ shows an anonymous reader for ``query``, in order."""
    from django.contrib.auth.models import AnonymousUser

    from community.models import PracticePage
    from search.site_search import SiteSearch

    outcome = SiteSearch(AnonymousUser(), models=[PracticePage], backend=name, with_facets=False).run(query)
    return [hit.object.pk for hit in outcome.hits], outcome


def score_backends(names):
    """{backend: {(kind, query): nDCG@10}} through the site search, and what was shown."""
    from community.models import PracticePage

    keys = create_documents()
    for name in names:
        rebuild(name, PracticePage)
    scores, shown = {name: {} for name in names}, {}
    for (kind, query), judged in JUDGMENTS.items():
        for name in names:
            pks, outcome = site_search_ranking(name, query)
            ranked = [keys[pk] for pk in pks]
            scores[name][(kind, query)] = ndcg_at_10(ranked, judged)
            shown[(name, kind, query)] = (ranked, outcome.corrected_from and outcome.query)
    return scores, shown


def postgres_scores():
    """The same set on modelsearch's PostgreSQL backend, in a throwaway PostgreSQL server
    (.ci/with-postgres.sh), as {(kind, query): nDCG@10}; None when PostgreSQL is not installed."""
    script = Path(__file__).resolve()
    wrapper = script.parent.parent / ".ci" / "with-postgres.sh"
    with tempfile.TemporaryDirectory() as workdir:
        out = Path(workdir) / "scores.json"
        env = {**os.environ, "SIMPUL_BENCH_USE_DATABASE_URL": "1"}
        command = ["bash", str(wrapper), sys.executable, str(script), "--postgres-only", str(out)]
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)  # noqa: S603 - our own script
        if not out.exists():
            return None
        return {tuple(key.split("\t", 1)): value for key, value in json.loads(out.read_text()).items()}


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", type=int, default=0, help="also list each backend's top N per query (0)")
    parser.add_argument("--no-postgres", action="store_true", help="skip modelsearch's PostgreSQL backend")
    parser.add_argument("--postgres-only", metavar="JSON", help=argparse.SUPPRESS)
    options = parser.parse_args()

    workdir = benchsite.start()  # puts the repository first on sys.path: bench.search, not the search app
    global rebuild
    from bench.search import BACKEND_NAMES, POSTGRES, configure_backends
    from bench.search import rebuild as rebuild_backend

    rebuild = rebuild_backend
    if options.postgres_only:
        configure_backends(workdir, postgres=True)
        scores, _ = score_backends([POSTGRES])
        payload = {"\t".join(key): value for key, value in scores[POSTGRES].items()}
        Path(options.postgres_only).write_text(json.dumps(payload))
        return 0

    configure_backends(workdir)
    scores, shown = score_backends(list(BACKEND_NAMES))
    names = list(BACKEND_NAMES)
    if not options.no_postgres:
        pg = postgres_scores()
        if pg:
            scores[POSTGRES] = pg
            names.append(POSTGRES)

    print(
        f"\nRelevansi lewat jalur pencarian situs (/cari/): {len(DOCUMENTS)} dokumen, "
        f"{len(JUDGMENTS)} kueri, nilai 0-3, nDCG@10\n"
    )
    header = f"{'jenis':<13} {'kueri':<58} " + " ".join(f"{name:>8}" for name in names)
    print(header)
    print("-" * len(header))
    for kind, query in JUDGMENTS:
        cells = " ".join(f"{scores[name][(kind, query)]:>8.3f}" for name in names)
        print(f"{kind:<13} {query[:58]:<58} {cells}")
    print("-" * len(header))
    for kind in KINDS:
        keys = [key for key in JUDGMENTS if key[0] == kind]
        cells = " ".join(f"{sum(scores[n][k] for k in keys) / len(keys):>8.3f}" for n in names)
        print(f"{kind:<13} {f'rata-rata ({len(keys)} kueri)':<58} {cells}")
    cells = " ".join(f"{sum(scores[n].values()) / len(scores[n]):>8.3f}" for n in names)
    print(f"{'semua':<13} {f'rata-rata ({len(JUDGMENTS)} kueri)':<58} {cells}")
    print(
        "\nSetiap backend lewat SiteSearch (pengguna anonim, hanya praktik baik), dengan koreksi "
        "ejaan bila backend menyediakannya (Whoosh). Whoosh: pencocokan longgar, sinonim, varian "
        "ejaan, akronim instansi, peringkat tempat; SQLite: FTS5; PostgreSQL: modelsearch "
        "database backend (full text), di server sementara."
    )
    for (name, kind, query), (ranked, corrected) in shown.items():
        if options.show:
            note = f" (dikoreksi: {corrected})" if corrected else ""
            judged = JUDGMENTS[(kind, query)]
            print(f"\n{query} — {name}{note}:")
            for key in ranked[: options.show]:
                print(f"  [{judged.get(key, 0)}] {key} {DOCUMENTS[key][0]}")
    return 0


rebuild = None

if __name__ == "__main__":
    sys.exit(main())
