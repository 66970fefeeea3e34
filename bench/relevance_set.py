"""Relevance of Simpul's Whoosh backend beside Wagtail's built-in SQLite backend: nDCG@10; prints, never asserts.

    python bench/relevance_set.py [--show 0]

Sixty short practices written for this set (title and summary, in Indonesian,
across urusan) and sixteen queries with judged documents, graded 0-3:

    3  about exactly this     2  clearly useful     1  touches on it     0  (unjudged) not relevant

The queries test what civil servants type: acronyms against spelled-out
names ("Disdukcapil" / "Dinas Kependudukan dan Pencatatan Sipil", "ASN" /
"pegawai"), word forms ("latihan" / "pelatihan" / "dilatih"), two-word
topics ("stunting balita", "jam pelajaran") and words found in other
contexts (20 "jam pelajaran" of ASN training). The documents are
created as published PracticePages in a throwaway database
(bench/benchsite.py), indexed in both backends (`whoosh`:
search.backends.whoosh; `sqlite`: modelsearch.backends.database.sqlite.sqlite),
and each query runs through `backend.search(query, PracticePage)` with the
backend's defaults, as the site search does. Prints nDCG@10 per query for
both backends side by side and the mean; `--show N` also lists each
backend's top N titles per query with their grades.
"""

import argparse
import math
import sys

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
}  # fmt: skip

# query: {document key: grade}; documents not listed are graded 0.
JUDGMENTS = {
    "Disdukcapil": {"d01": 3, "d02": 3, "d04": 3, "d05": 3, "d03": 2},
    "pelatihan ASN": {"d06": 3, "d07": 3, "d08": 2, "d09": 1, "d11": 1, "d56": 1},
    "stunting balita": {"d12": 3, "d13": 3, "d14": 3, "d16": 2, "d15": 1, "d17": 1},
    "jam pelajaran": {"d21": 3, "d22": 2, "d23": 2, "d06": 1},
    "akta kelahiran": {"d02": 3, "d01": 2, "d05": 1},
    "mal pelayanan publik": {"d28": 3, "d30": 1, "d32": 1, "d33": 1},
    "perizinan UMKM": {"d29": 3, "d33": 2, "d28": 1, "d59": 1},
    "pengaduan masyarakat": {"d31": 3, "d32": 2, "d60": 1, "d26": 1},
    "sampah plastik": {"d42": 3, "d41": 2, "d40": 2},
    "pajak daerah": {"d36": 3, "d28": 1},
    "data kemiskinan": {"d43": 3, "d45": 2, "d38": 1},
    "latihan kader posyandu": {"d12": 3, "d11": 1, "d20": 1, "d18": 1},
    "KTP elektronik": {"d04": 3, "d01": 2, "d03": 1},
    "musrenbang": {"d34": 3, "d35": 2},
    "guru pedalaman": {"d24": 3, "d25": 2, "d51": 1, "d21": 1},
    "gizi buruk anak": {"d16": 3, "d11": 2, "d13": 2, "d12": 1, "d14": 1},
}


def dcg(grades):
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def ndcg_at_10(ranked_keys, judged):
    ideal = dcg(sorted(judged.values(), reverse=True)[:10])
    return dcg([judged.get(key, 0) for key in ranked_keys[:10]]) / ideal if ideal else 0.0


def create_documents():
    """The sixty practices as published pages; returns {page pk: document key}."""
    from django.utils.text import slugify

    from bench.search import insert_practices
    from community.models import Agency, AgencyLevel, Region

    region = Region.objects.provinces().first()
    agencies = {}
    specs = []
    for number, (key, (title, summary, affair, agency_name)) in enumerate(DOCUMENTS.items(), start=1):
        agency = None
        if agency_name:
            agency = agencies.get(agency_name) or Agency.objects.create(
                name=agency_name, slug=slugify(agency_name)[:50], level=AgencyLevel.REGENCY, region=region
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


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", type=int, default=0, help="also list each backend's top N per query (0)")
    options = parser.parse_args()

    workdir = benchsite.start()  # puts the repository first on sys.path: bench.search, not the search app
    from bench.search import BACKEND_NAMES, backend, configure_backends, rebuild

    configure_backends(workdir)
    from community.models import PracticePage

    keys = create_documents()
    for name in BACKEND_NAMES:
        rebuild(name, PracticePage)

    print(f"\nRelevansi: {len(DOCUMENTS)} dokumen, {len(JUDGMENTS)} kueri, nilai 0-3, nDCG@10\n")
    header = f"{'kueri':<26} {'relevan':>7} " + " ".join(f"{name:>8}" for name in BACKEND_NAMES)
    print(header)
    print("-" * len(header))
    scores = {name: [] for name in BACKEND_NAMES}
    shown = []
    for query, judged in JUDGMENTS.items():
        cells = []
        for name in BACKEND_NAMES:
            ranked = [keys[page.pk] for page in backend(name).search(query, PracticePage)[:10]]
            score = ndcg_at_10(ranked, judged)
            scores[name].append(score)
            cells.append(f"{score:>8.3f}")
            if options.show:
                shown.append((query, name, [(key, judged.get(key, 0)) for key in ranked[: options.show]]))
        print(f"{query:<26} {len(judged):>7} " + " ".join(cells))
    print("-" * len(header))
    print(f"{'rata-rata':<26} {'':>7} " + " ".join(f"{sum(s) / len(s):>8.3f}" for s in scores.values()))
    print(
        "\nrelevan = dokumen bernilai > 0. Hasil tiap backend memakai operator dan analisis bawaannya "
        "(Whoosh: AND, stemming Sastrawi, sinonim bawaan; SQLite: FTS5)."
    )
    for query, name, top in shown:
        print(f"\n{query} — {name}:")
        for key, grade in top:
            print(f"  [{grade}] {key} {DOCUMENTS[key][0]}")


if __name__ == "__main__":
    sys.exit(main())
