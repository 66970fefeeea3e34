"""The demo forums: four communities of practice, one of them for members only.

``host`` is an agency slug from community/demo/agencies.py, ``moderators``
usernames from community/demo/members.py.
"""

FORUMS = [
    {
        "slug": "kesehatan",
        "title": "Forum Kesehatan",
        "description": (
            "Ruang berbagi petugas dinas kesehatan, puskesmas dan rumah sakit daerah: stunting, "
            "kesehatan ibu dan anak, imunisasi, gizi, data kesehatan dan pelayanan di fasilitas kesehatan."
        ),
        "rules": (
            "<p>Jangan mengunggah data pasien atau nama balita. Sebutkan wilayah dan instansi saat "
            "bercerita, supaya rekan di daerah lain bisa menimbang apakah praktiknya cocok.</p>"
        ),
        "host": "dinkes-jatim",
        "moderators": ["moderator", "laksmi.pratiwi"],
        "visibility": "public",
        "tags": ["stunting", "kesehatan ibu dan anak", "imunisasi"],
    },
    {
        "slug": "kependudukan",
        "title": "Forum Kependudukan dan Pencatatan Sipil",
        "description": (
            "Untuk petugas dukcapil dan mitranya: layanan adminduk, jemput bola, akta, KIA, "
            "padan data NIK dan pelayanan di wilayah terpencil."
        ),
        "rules": "<p>Nomor NIK, KK atau foto dokumen warga tidak boleh diunggah, sekalipun disamarkan sebagian.</p>",
        "host": "dispendukcapil-surabaya",
        "moderators": ["fitri.nurjanah"],
        "visibility": "public",
        "tags": ["adminduk", "pelayanan publik"],
    },
    {
        "slug": "transformasi-digital",
        "title": "Forum Transformasi Digital",
        "description": (
            "SPBE, satu data, aplikasi layanan, tanda tangan elektronik, literasi digital aparatur "
            "dan cara menjalankan semuanya dengan anggaran daerah."
        ),
        "rules": "<p>Boleh menyebut merek, tetapi ceritakan pengalaman, bukan iklan. Jangan membagikan kata sandi atau alamat server internal.</p>",
        "host": "diskominfos-bali",
        "moderators": ["gede.wirawan", "galih.pambudi"],
        "visibility": "public",
        "tags": ["transformasi digital", "spbe"],
    },
    {
        "slug": "kepegawaian",
        "title": "Forum Kepegawaian",
        "description": (
            "Khusus anggota: manajemen talenta, sistem merit, jabatan fungsional, pengembangan "
            "kompetensi dan urusan kepegawaian yang belum pantas dibahas di ruang terbuka."
        ),
        "rules": "<p>Forum ini hanya terlihat oleh anggota yang masuk. Bahas kebijakan dan caranya, bukan kasus pegawai tertentu.</p>",
        "host": "bkn",
        "moderators": ["ratna.wulandari", "putri.maharani"],
        "visibility": "members",
        "tags": ["manajemen talenta", "sistem merit"],
    },
]
