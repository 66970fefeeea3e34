"""Importing practice articles: parsing the seed shape, `manage.py import_practices`, demo practices."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from community.demo import loader
from community.demo import practices as demo_practices
from community.importing import ImportFileError, parse_file, parse_practice, trim_to_sentence
from community.models import GovernmentAffair, PracticePage, Replication, TimeZone
from tests.factories import AgencyFactory, RegencyFactory, UserFactory, fill_profile, province

SEED_SHAPED = """Pembinaan ASN di Kabupaten Uji untuk Era Digital
Pendahuluan
Pemerintah Kabupaten Uji menyiapkan program pembinaan ASN yang berkelanjutan. Program ini dimulai pada 2022.
Metode Pelaksanaan
Program dilaksanakan melalui pelatihan, workshop, dan pendampingan di tempat kerja.
Selain itu, setiap ASN memilih satu modul e-learning setiap triwulan.
Studi Kasus: Layanan Terpadu di Kecamatan
Kecamatan percontohan memakai dashboard sederhana untuk memantau antrean layanan.
Kesimpulan
Pembinaan yang berkelanjutan membuat ASN lebih siap menghadapi perubahan.
"""


def body_types(page):
    return [
        (block.block_type, block.value["text"] if block.block_type == "heading" else None)
        for block in page.body
    ]


# --- Parsing ---------------------------------------------------------------------


def test_first_line_is_the_title_and_short_lines_without_a_full_stop_are_headings():
    parsed = parse_practice(SEED_SHAPED)

    assert parsed.title == "Pembinaan ASN di Kabupaten Uji untuk Era Digital"
    assert parsed.headings == [
        "Pendahuluan",
        "Metode Pelaksanaan",
        "Studi Kasus: Layanan Terpadu di Kecamatan",
        "Kesimpulan",
    ]


def test_in_the_seed_shape_every_line_of_text_is_its_own_paragraph():
    parsed = parse_practice(SEED_SHAPED)

    paragraphs = [block.text for block in parsed.blocks if block.kind == "paragraph"]
    assert (
        paragraphs[1] == "Program dilaksanakan melalui pelatihan, workshop, dan pendampingan di tempat kerja."
    )
    assert paragraphs[2] == "Selain itu, setiap ASN memilih satu modul e-learning setiap triwulan."
    assert len(paragraphs) == 5


def test_the_summary_is_the_first_paragraph():
    parsed = parse_practice(SEED_SHAPED)

    assert parsed.summary.startswith("Pemerintah Kabupaten Uji menyiapkan program")
    assert parsed.summary.endswith("dimulai pada 2022.")


@pytest.mark.parametrize(
    "line",
    [
        "Program ini berjalan sejak 2022.",  # ends a sentence
        "Langkah-langkahnya sebagai berikut:",  # introduces what follows
        "Apakah program ini berhasil?",
        "Program pembinaan ini dirancang bersama seluruh perangkat daerah di Kabupaten Uji",  # over 80 characters
        "dan dilanjutkan oleh kecamatan",  # starts in lower case
    ],
)
def test_a_line_that_reads_as_a_sentence_is_not_a_heading(line):
    parsed = parse_practice(f"Judul\nPendahuluan\n{line}\nParagraf berikutnya ada di sini.\n")

    assert line.rstrip(" .:?") not in parsed.headings


def test_a_short_last_line_is_a_sign_off_not_an_empty_section():
    parsed = parse_practice("Judul\nIsi tulisan yang pertama.\nTim Penulis Dinas\n")

    assert parsed.headings == []
    assert parsed.blocks[-1].text == "Tim Penulis Dinas"


def test_hard_wrapped_paragraphs_separated_by_blank_lines_are_joined():
    text = (
        "Judul Tulisan\n\n"
        "Latar Belakang\n"
        "Pemerintah daerah memulai program ini ketika\n"
        "Jakarta Smart City sudah berjalan dan warga\n"
        "meminta layanan yang lebih cepat.\n\n"
        "Paragraf kedua juga dibungkus pada\n"
        "beberapa baris pendek.\n"
    )
    parsed = parse_practice(text)

    assert parsed.headings == ["Latar Belakang"]
    assert [block.text for block in parsed.blocks if block.kind == "paragraph"] == [
        "Pemerintah daerah memulai program ini ketika Jakarta Smart City sudah berjalan dan warga "
        "meminta layanan yang lebih cepat.",
        "Paragraf kedua juga dibungkus pada beberapa baris pendek.",
    ]


def test_markdown_headings_and_lists_are_understood():
    text = (
        "# Judul **Praktik**\n\n"
        "Paragraf pembuka dengan **penekanan**.\n\n"
        "## Cara kerja\n\n"
        "- langkah pertama;\n"
        "- langkah kedua.\n\n"
        "### Hasil\n\n"
        "Hasilnya baik.\n"
    )
    parsed = parse_practice(text, markdown=True)

    assert parsed.title == "Judul Praktik"
    assert parsed.headings == ["Cara kerja", "Hasil"]
    assert parsed.summary == "Paragraf pembuka dengan penekanan."
    lists = [value for kind, value in parsed.body_blocks() if "<ul>" in value]
    assert lists == ["<ul>\n<li>langkah pertama;</li>\n<li>langkah kedua.</li>\n</ul>"]


def test_a_numbered_line_on_its_own_is_a_heading_but_numbered_lines_together_are_a_list():
    parsed = parse_practice(
        "Judul\n1. Latar Belakang\nIsi latar belakang.\nLangkahnya:\n1. Menyusun data\n2. Menyepakati definisi\n"
        "Selesai.\n"
    )

    assert parsed.headings == ["1. Latar Belakang"]
    lists = [block for block in parsed.blocks if block.kind == "list"]
    assert len(lists) == 1 and len(lists[0].lines) == 2
    assert (
        "paragraph",
        "<ol><li>Menyusun data</li><li>Menyepakati definisi</li></ol>",
    ) in parsed.body_blocks()
    assert parsed.body_blocks()[-1] == ("paragraph", "<p>Selesai.</p>")


def test_text_is_escaped_in_the_body():
    parsed = parse_practice("Judul\nBagian\nSkor <script>alert(1)</script> & lainnya.\nAkhir tulisan.\n")

    html = [value for kind, value in parsed.body_blocks() if kind == "paragraph"]
    assert "<p>Skor &lt;script&gt;alert(1)&lt;/script&gt; &amp; lainnya.</p>" in html


def test_a_lead_paragraph_becomes_the_summary_and_is_not_repeated_in_the_body():
    parsed = parse_practice("Judul\nParagraf pembuka yang singkat.\nBagian Satu\nIsi bagian satu.\n")

    assert parsed.summary == "Paragraf pembuka yang singkat."
    assert parsed.body_blocks()[0] == ("heading", {"text": "Bagian Satu"})


def test_a_long_summary_is_cut_at_the_end_of_a_sentence():
    sentence = "Kalimat ini berisi kira-kira enam puluh karakter untuk uji dr. Ani. "
    text = trim_to_sentence(sentence * 20, 600)

    assert len(text) <= 600
    assert text.endswith("dr. Ani.")


def test_a_summary_without_a_sentence_end_is_cut_at_a_word():
    text = trim_to_sentence("kata " * 200, 600)

    assert len(text) <= 600 and text.endswith("kata…")


@pytest.mark.parametrize("text", ["", "   \n\n", "Hanya Judul\n"])
def test_a_text_without_a_title_and_body_cannot_be_parsed(text):
    with pytest.raises(ImportFileError):
        parse_practice(text)


@pytest.mark.parametrize("entry", demo_practices.PRACTICES, ids=lambda entry: entry["file"][:2])
def test_each_demo_practice_has_the_shape_of_an_article(entry):
    parsed = parse_file(demo_practices.TEXTS_DIR / entry["file"])

    assert 250 <= parsed.word_count <= 600
    assert 2 <= len(parsed.headings) <= 4
    assert parsed.lead_is_summary and not parsed.warnings


# --- manage.py import_practices ----------------------------------------------------------


@pytest.fixture
def agency(search_backend):
    # search_backend: importing indexes pages; start and end with empty indexes.
    return AgencyFactory(name="Dinas Kesehatan Kabupaten Uji", acronym="Dinkes Uji", region=province("35"))


@pytest.fixture
def author(db):
    user = UserFactory(username="penulis", email="penulis@dinkes.go.id")
    fill_profile(user, display_name="Penulis Uji")
    return user


def write(directory, name, content):
    path = directory / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def run_import(*args):
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("import_practices", *map(str, args), stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


def test_importing_creates_a_draft_practice_with_headings_and_paragraphs(tmp_path, agency, author, client):
    path = write(tmp_path, "pembinaan.txt", SEED_SHAPED)

    run_import(
        path, "--agency", agency.slug, "--tags", "Pengembangan Kompetensi, e-learning", "--author", "penulis"
    )

    page = PracticePage.objects.get()
    assert page.title == "Pembinaan ASN di Kabupaten Uji untuk Era Digital"
    assert not page.live
    assert client.get(page.url).status_code == 404
    assert body_types(page)[:3] == [
        ("heading", "Pendahuluan"),
        ("paragraph", None),
        ("heading", "Metode Pelaksanaan"),
    ]
    assert page.agency == agency and page.region == agency.region
    assert page.government_affair == GovernmentAffair.CIVIL_SERVICE
    assert sorted(page.tags.names()) == ["e-learning", "pengembangan kompetensi"]
    assert list(page.authors.all()) == [author.profile]
    assert page.owner == author and page.get_latest_revision().user == author


def test_published_practices_are_live_and_readable_at_their_url(tmp_path, agency, author, client):
    path = write(tmp_path, "pembinaan.txt", SEED_SHAPED)

    run_import(path, "--agency", agency.slug, "--urusan", "kesehatan", "--author", "penulis", "--publish")

    page = PracticePage.objects.get()
    assert page.live and page.first_published_at is not None
    assert page.government_affair == GovernmentAffair.HEALTH
    response = client.get(page.url)
    assert response.status_code == 200
    assert "<h2>Studi Kasus: Layanan Terpadu di Kecamatan</h2>" in response.content.decode()


def test_imported_practices_can_be_found_by_search(tmp_path, agency):
    write(
        tmp_path,
        "lumbung.txt",
        "Lumbung Pangan Keluarga\nLatar Belakang\nWarga menyimpan gabah di lumbung desa.\n",
    )

    run_import(tmp_path / "lumbung.txt", "--agency", agency.slug, "--publish")

    assert [page.title for page in PracticePage.objects.live().search("lumbung")] == [
        "Lumbung Pangan Keluarga"
    ]


def test_agency_is_found_by_acronym_and_region_by_code_or_name(tmp_path, agency):
    kota = RegencyFactory(name="Kota Uji", code="35.99", parent=province("35"))
    write(tmp_path, "a.txt", "Praktik A\nBagian\nIsi praktik A.\n")
    write(tmp_path, "b.txt", "Praktik B\nBagian\nIsi praktik B.\n")

    run_import(tmp_path / "a.txt", "--agency", "dinkes uji", "--region", "35.99")
    run_import(tmp_path / "b.txt", "--agency", "Dinkes Uji", "--region", "kota uji")

    assert {page.region for page in PracticePage.objects.all()} == {kota}
    assert {page.agency for page in PracticePage.objects.all()} == {agency}


def test_running_the_import_twice_creates_no_duplicates(tmp_path, agency):
    write(tmp_path, "satu.txt", SEED_SHAPED)
    write(tmp_path, "dua.md", "# Praktik Kedua\n\nPembuka.\n\n## Bagian\n\nIsi bagian.\n")

    run_import(tmp_path, "--agency", agency.slug, "--publish")
    stdout, _ = run_import(tmp_path, "--agency", agency.slug, "--publish")

    assert PracticePage.objects.count() == 2
    assert "0 diimpor (terbit), 2 dilewati, 0 gagal" in stdout


def test_the_same_title_from_another_agency_is_a_different_practice(tmp_path, agency):
    other = AgencyFactory(name="Dinas Kesehatan Kabupaten Lain", region=province("91"))
    path = write(tmp_path, "pembinaan.txt", SEED_SHAPED)

    run_import(path, "--agency", agency.slug)
    run_import(path, "--agency", other.slug)

    assert {page.agency for page in PracticePage.objects.all()} == {agency, other}
    assert len({page.slug for page in PracticePage.objects.all()}) == 2


def test_bad_files_are_reported_and_skipped_while_good_files_are_imported(tmp_path, agency):
    write(tmp_path, "01-baik.txt", SEED_SHAPED)
    write(tmp_path, "02-kosong.txt", "  \n\n")
    write(tmp_path, "03-biner.txt", b"PK\x03\x04\x00\x00binary")
    write(tmp_path, "04-latin1.txt", "Praktik Baik di Pérak\nBagian\nIsi paragraf.\n".encode("latin-1"))
    write(tmp_path, "05-judul-sama.txt", SEED_SHAPED.replace("Pendahuluan", "Pengantar"))
    write(tmp_path, "06-baik.md", "# Praktik Markdown\n\nPembuka **tebal**.\n\n## Bagian\n\nIsi bagian.\n")

    stdout, stderr = run_import(tmp_path, "--agency", agency.slug, "--publish")

    assert sorted(PracticePage.objects.values_list("title", flat=True)) == [
        "Pembinaan ASN di Kabupaten Uji untuk Era Digital",
        "Praktik Markdown",
    ]
    assert "02-kosong.txt: gagal (berkas kosong)" in stdout
    assert "03-biner.txt: gagal (berkas biner, bukan teks)" in stdout
    assert "04-latin1.txt: gagal (bukan teks UTF-8" in stdout
    assert "05-judul-sama.txt: gagal (judul ganda" in stdout and "01-baik.txt" in stdout
    assert "Selesai: 2 diimpor (terbit), 0 dilewati, 4 gagal." in stdout
    assert "[3/6] 03-biner.txt" in stderr and "[6/6] 06-baik.md" in stderr


def test_markdown_paragraphs_are_rendered(tmp_path, agency, client):
    write(tmp_path, "praktik.md", "# Praktik Markdown\n\nPembuka.\n\n## Bagian\n\nIsi **penting** di sini.\n")

    run_import(tmp_path / "praktik.md", "--agency", agency.slug, "--publish")

    response = client.get(PracticePage.objects.get().url)
    assert "<p>Isi <strong>penting</strong> di sini.</p>" in response.content.decode()


def test_a_missing_path_is_reported_without_stopping(tmp_path, agency):
    write(tmp_path, "ada.txt", SEED_SHAPED)

    stdout, _ = run_import(tmp_path / "tidak-ada.txt", tmp_path / "ada.txt", "--agency", agency.slug)

    assert "tidak-ada.txt: gagal (berkas tidak ditemukan)" in stdout
    assert PracticePage.objects.count() == 1


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--agency", "dinas-yang-tidak-ada", "Instansi tidak ditemukan: 'dinas-yang-tidak-ada'"),
        ("--region", "Kabupaten Antah Berantah", "Wilayah tidak ditemukan"),
        ("--urusan", "olahraga", "Urusan tidak dikenal: 'olahraga'"),
        ("--author", "bukan.anggota", "Pengguna tidak ditemukan: 'bukan.anggota'"),
    ],
)
def test_an_unknown_option_value_stops_with_a_clear_message_before_importing(
    tmp_path, db, option, value, message
):
    path = write(tmp_path, "pembinaan.txt", SEED_SHAPED)

    with pytest.raises(CommandError, match=message):
        run_import(path, option, value)
    assert not PracticePage.objects.exists()


# --- Demo practices --------------------------------------------------------------------


def test_demo_practices_cover_many_provinces_all_time_zones_and_load_only_once(search_backend):
    loader.load_regions()
    loader.load_agencies()
    loader.load_members()

    first = loader.load_practices()
    replications = loader.load_replications()
    again = loader.load_practices()

    live = PracticePage.objects.live().select_related("region__parent")
    assert live.count() >= 30
    assert len({page.province for page in live}) >= 6
    assert {page.province.time_zone for page in live} == set(TimeZone.values)
    assert first.created == len(demo_practices.PRACTICES) and again.created == 0
    assert PracticePage.objects.count() == len(demo_practices.PRACTICES)
    assert 6 <= Replication.objects.count() == replications.total <= 10
    dates = sorted(live.values_list("first_published_at", flat=True))
    assert dates[-1] - dates[0] > timedelta(days=365)
    assert dates[-1] <= timezone.now()
    assert live.filter(is_featured=True).count() == 4
    assert live.stale().exists()
    assert all(page.outcomes.exists() for page in live)
