"""The short turns of a conversation around the answers: thanks, quotes, a question and its answer.

Put together per thread from these pieces (see forum.demo.loader), with the
thread's own topic and the people in it, so that no two posts read the same.
"""

THANKS_OPENERS = [
    "Terima kasih banyak, {mention}.",
    "Makasih, {mention}, ini yang saya cari.",
    "Terima kasih atas ceritanya, {mention}.",
    "Wah, sangat membantu, {mention}.",
    "Terima kasih, {mention}, penjelasannya runtut sekali.",
    "Matur nuwun, {mention}.",
    "Terima kasih sudah berbagi, {mention}.",
    "Jelas sekali, terima kasih {mention}.",
]
THANKS_BODIES = [
    "Usulan soal {topic} ini akan saya bawa ke rapat koordinasi minggu depan.",
    "Kami belum pernah mencoba cara itu untuk urusan {topic}, jadi akan kami uji dulu di satu wilayah.",
    "Bagian yang paling masuk akal buat kami adalah langkah pertamanya; untuk {topic} kami memang sering melompat terlalu jauh.",
    "Saya catat semua masukan di utas ini dan nanti saya kabari hasilnya di sini.",
    "Kebetulan bulan depan ada evaluasi {topic}, jadi saran ini datang tepat waktu.",
    "Sudah saya teruskan ke kepala bidang, beliau tertarik mencoba.",
    "Rupanya masalah {topic} di daerah kami mirip sekali dengan yang rekan-rekan alami.",
    "Ini memberi kami alasan yang kuat untuk mengubah cara kerja yang lama.",
]
AGREEMENTS = [
    "Setuju sekali dengan ini.",
    "Ini juga pengalaman kami.",
    "Poin ini penting dan sering terlewat.",
    "Saya ingin menggarisbawahi bagian ini.",
    "Betul, dan saya mau menambahkan sedikit.",
    "Persis seperti yang terjadi di tempat kami.",
]
TIPS = {
    "kesehatan": [
        "Di puskesmas kami, hal seperti ini baru jalan setelah kepala puskesmas ikut memantau setiap bulan.",
        "Libatkan kader sejak perencanaan, bukan hanya saat pelaksanaan, supaya mereka merasa memiliki.",
        "Kami mencatat semua perubahan di buku kerja sederhana agar petugas pengganti bisa melanjutkan.",
        "Jangan lupa membagikan hasilnya kembali ke desa; kader lebih semangat kalau tahu datanya dipakai.",
        "Anggaran BOK bisa dipakai untuk sebagian kegiatan ini, asal masuk di rencana usulan kegiatan.",
        "Sebaiknya diuji dulu di dua atau tiga posyandu sebelum diterapkan di seluruh kecamatan.",
        "Kami juga menyiapkan lembar ringkas untuk kepala desa supaya dukungan dana desanya mengalir.",
        "Yang sering membuat gagal adalah pergantian petugas; siapkan catatan serah terima sejak awal.",
    ],
    "kependudukan": [
        "Jangan lupa mencatat waktu layanan sebelum dan sesudah perubahan, supaya hasilnya bisa dilaporkan.",
        "Kami juga melibatkan ketua RT karena merekalah yang paling tahu warga mana yang belum terlayani.",
        "SOP tertulisnya penting, apalagi kalau ada pemeriksaan dari Ombudsman.",
        "Sosialisasi lewat radio komunitas ternyata lebih efektif di desa kami daripada media sosial.",
        "Petugas loket perlu diberi wewenang memutuskan kasus sederhana tanpa menunggu kepala seksi.",
        "Kami membuat rekap mingguan sederhana agar pimpinan bisa melihat kemajuannya.",
        "Pastikan warga mendapat bukti pengajuan, sekecil apa pun layanannya.",
        "Kerja sama dengan kecamatan membantu sekali untuk menjangkau desa-desa terjauh.",
    ],
    "transformasi-digital": [
        "Dokumentasikan keputusan teknisnya, karena tim berganti lebih cepat daripada aplikasinya.",
        "Kami memulai dari satu OPD percontohan, dan baru setelah berhasil diperluas.",
        "Anggarkan pemeliharaan sejak awal; aplikasi yang tidak dirawat lebih berbahaya daripada tidak ada aplikasi.",
        "Libatkan bagian hukum sejak awal, terutama soal perlindungan data pribadi.",
        "Ukur pemakaian dari log, bukan dari laporan OPD; angkanya sering jauh berbeda.",
        "Pelatihan pengguna sebaiknya diulang setiap ada pegawai baru, bukan hanya saat peluncuran.",
        "Kami membuat kanal khusus untuk pertanyaan teknis, supaya jawaban bisa dicari ulang.",
        "Pastikan ada kesepakatan tingkat layanan dengan vendor sebelum kontrak ditandatangani.",
    ],
    "kepegawaian": [
        "Di instansi kami, perubahan seperti ini baru berjalan setelah ada keputusan kepala daerah.",
        "Dokumentasikan setiap keputusan tim penilai kinerja, karena itu yang diperiksa saat evaluasi.",
        "Komunikasikan alasannya ke pegawai, bukan hanya aturannya; penolakan biasanya datang dari ketidaktahuan.",
        "Kami melibatkan serikat atau korpri setempat supaya pegawai merasa didengar.",
        "Data di sistem informasi ASN harus dibereskan dulu, kalau tidak semua analisis jadi meleset.",
        "Buat jadwal yang jelas dan umumkan jauh hari; pegawai di daerah jauh butuh waktu mengatur perjalanan.",
        "Kami mengadakan sesi tanya jawab daring setiap bulan, dan pertanyaannya ternyata berulang.",
        "Libatkan atasan langsung sejak awal, karena merekalah yang menjalankan sehari-hari.",
    ],
}
QUESTION_OPENERS = [
    "{mention} menarik sekali.",
    "{mention} mau tanya sedikit.",
    "{mention} izin bertanya.",
    "{mention} terima kasih, satu pertanyaan lagi.",
    "{mention} saya tertarik mencoba.",
    "{mention} boleh lanjut sedikit?",
    "{mention} pertanyaan dari daerah kami.",
    "{mention} maaf menyela.",
]
QUESTIONS = [
    "Boleh tahu berapa lama sampai hasilnya mulai terlihat?",
    "Kalau boleh, apakah ada SOP atau format yang bisa dibagikan?",
    "Siapa yang menanggung biayanya di awal, dinas atau pihak lain?",
    "Bagaimana menghadapi petugas yang awalnya menolak?",
    "Apakah cara ini juga jalan di wilayah dengan sinyal yang lemah?",
    "Berapa orang yang terlibat di tim intinya?",
    "Apakah perlu peraturan kepala daerah, atau cukup surat edaran?",
    "Bagaimana memantau pelaksanaannya setelah berjalan?",
]
ANSWERS_BACK = [
    "Sekitar tiga bulan sampai angkanya mulai berubah; bulan pertama lebih banyak untuk membiasakan petugas.",
    "Formatnya sederhana saja, nanti saya kirim lewat pesan pribadi karena masih memuat nama instansi mitra.",
    "Awalnya dari anggaran rutin dinas, setelah terlihat hasilnya baru masuk ke rencana kerja tahun berikutnya.",
    "Kami ajak mereka menyusun caranya sendiri. Setelah merasa ikut memutuskan, penolakannya berkurang.",
    "Sebagian besar kegiatan kami tetap luring, datanya baru dikirim saat ada sinyal, jadi tidak masalah.",
    "Intinya empat orang dari dua bidang, ditambah satu orang dari bagian perencanaan.",
    "Kami mulai dengan surat edaran. Peraturan menyusul setelah setahun, ketika caranya sudah teruji.",
    "Setiap bulan ada rekap singkat yang dibahas di rapat pimpinan, itu yang menjaga semua orang tetap serius.",
]
SOLUTION_NOTES = [
    "Saya tandai jawaban {mention} sebagai solusi karena paling bisa langsung kami jalankan.",
    "Jawaban {mention} saya pilih sebagai solusi; sudah kami coba dan berhasil.",
    "Untuk teman-teman yang mencari hal yang sama: jawaban {mention} yang akhirnya kami pakai.",
    "Kabar terbaru: cara dari {mention} sudah kami uji sebulan, jadi saya tandai sebagai solusi.",
    "Saya pilih jawaban {mention} sebagai solusi. Masukan lain tetap kami catat untuk tahap berikutnya.",
    "Setelah rapat dengan pimpinan, usulan {mention} yang disetujui. Saya tandai sebagai solusi ya.",
]
SOLUTION_TAILS = [
    "",
    " Terima kasih semuanya.",
    " Nanti saya laporkan hasilnya di sini.",
    " Semoga berguna juga untuk daerah lain.",
    " Terima kasih atas diskusinya yang hidup.",
]
ANSWER_TAILS = [
    "",
    " Semoga membantu.",
    " Silakan kontak saya kalau perlu detailnya.",
    " Kalau ada kendala, kabari saja di sini.",
    " Itu pengalaman kami, mungkin di tempat lain berbeda.",
    " Di awal memang terasa berat, tetapi setelah itu berjalan sendiri.",
    " Yang penting pimpinan tahu sejak awal.",
]
