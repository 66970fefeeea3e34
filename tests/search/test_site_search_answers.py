"""/cari/ answers the way people ask (issue 9, items 1-6).

Questions and long queries find the practice they ask about, with pages
that have every word first; typos correct themselves with a notice and a
link to the query as typed; spelling variants, agency acronyms and
government acronyms meet both ways; a place named in the query ranks its
practices first; and each query costs one engine search per model.

Everything runs through the test client and the real Whoosh index; pages
are indexed by Wagtail's signal handlers as the factories publish them.
"""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import timezone
from whoosh.searching import Searcher

from search.features import FULL_MATCHES_FIRST, PLACES, SINGLE_SEARCH, SPELLING, SYNONYMS
from search.models import SpellingVariant
from tests.community.practice_factories import make_practice
from tests.factories import AgencyFactory, RegencyFactory, province
from tests.forum.factories import make_forum, make_thread
from tests.forum.sessions.helpers import make_session

pytestmark = [pytest.mark.django_db]

SEARCH = "/cari/"


def page_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def titles(response):
    return [link.get_text() for link in page_of(response).select("section.results article.result h3 a")]


def search(client, query, **params):
    return client.get(SEARCH, {"q": query, **params})


# 1. Questions and long queries ---------------------------------------------------------


@pytest.fixture
def library(search_backend):
    return {
        "akta": make_practice(
            "Percepatan Pembuatan Akta Kelahiran di Rumah Sakit",
            summary="Bidan mengunggah surat keterangan lahir; akta kelahiran bayi terbit sebelum ibu pulang.",
        ),
        "elearning": make_practice(
            "Kelas E-Learning bagi Pegawai Puskesmas",
            summary="Pegawai di daerah terpencil belajar lewat e-learning tanpa meninggalkan tugas.",
        ),
        "kia": make_practice(
            "Kartu Identitas Anak lewat Sekolah",
            summary="Operator sekolah mengumpulkan berkas kartu identitas anak.",
        ),
    }


def test_a_how_question_finds_the_practice_it_asks_about(anonymous, library):
    response = search(anonymous, "bagaimana cara mempercepat pembuatan akta kelahiran")

    assert titles(response) == [library["akta"].title]


@pytest.mark.search_features(FULL_MATCHES_FIRST)
def test_a_what_question_finds_the_practice_without_every_word(anonymous, library):
    # "manfaat" is in no practice: four of five meaningful words are enough.
    response = search(anonymous, "apa manfaat e-learning bagi pegawai di daerah terpencil")

    assert titles(response) == [library["elearning"].title]


def test_up_to_two_words_every_word_is_required_while_that_finds_enough(anonymous, library):
    response = search(anonymous, "akta kelahiran")

    assert titles(response) == [library["akta"].title]
    # No practice has only one of the two words: nothing to widen to, no notice.
    assert page_of(response).select_one("p.widened-query") is None
    # Found too little: the practices with one of the two words follow, and the page says so.
    response = search(anonymous, "akta sekolah")
    assert set(titles(response)) == {library["akta"].title, library["kia"].title}
    assert "sebagian kata" in page_of(response).select_one("p.widened-query").get_text()


def test_a_query_that_finds_enough_with_every_word_is_not_widened(anonymous, search_backend):
    for n in range(3):
        make_practice(f"Akta Kelahiran Keliling {n}", summary="Akta kelahiran diantar ke desa.")
    make_practice("Akta Kematian Daring", summary="Akta kematian diurus lewat aplikasi.")

    response = search(anonymous, "akta kelahiran")

    assert len(titles(response)) == 3 and "Akta Kematian Daring" not in titles(response)
    assert page_of(response).select_one("p.widened-query") is None


def test_from_three_words_on_most_words_are_enough_and_they_rank_first(anonymous, library):
    found = titles(search(anonymous, "akta kelahiran sekolah"))

    # Two of three words: the birth certificate practice; widened, one word: the school one after it.
    assert found == [library["akta"].title, library["kia"].title]


@pytest.mark.search_features(FULL_MATCHES_FIRST)
def test_a_long_query_does_not_match_pages_sharing_a_single_word(anonymous, library):
    response = search(anonymous, "kartu identitas anak diurus lewat kantor kecamatan terdekat")

    assert titles(response) == [library["kia"].title]
    assert titles(search(anonymous, "operator desa merapikan arsip kantor kecamatan terdekat")) == []


@pytest.mark.search_features(FULL_MATCHES_FIRST)
def test_pages_with_every_word_rank_first(anonymous, search_backend):
    most = make_practice(
        "Bank Sampah Plastik",
        summary="Bank sampah plastik bank sampah plastik bank sampah plastik di pasar dan bank sampah.",
    )
    every = make_practice("Bank Sampah Plastik Sekolah", summary="Siswa menabung sampah plastik di sekolah.")

    response = search(anonymous, "bank sampah plastik sekolah")

    assert titles(response) == [every.title, most.title]


def test_among_partial_matches_the_telling_words_outrank_common_ones(anonymous, search_backend):
    """Neither page has every word: the one with "akta kelahiran" answers the question,
    not the one with more, but commoner, words ("cepat", "buat")."""
    for n in range(6):
        make_practice(
            f"Rapat Koordinasi Daerah {n}",
            summary="Membuat laporan lebih cepat; dinas membuat jadwal agar rapat cepat selesai.",
        )
    death = make_practice(
        "Akta Kematian di Kelurahan",
        summary="Akta kematian terbit lebih cepat; petugas membuat berkas akta kematian di kelurahan.",
    )
    birth = make_practice(
        "Akta Kelahiran di Rumah Sakit", summary="Akta kelahiran bayi terbit di rumah sakit."
    )

    found = titles(search(anonymous, "bagaimana cara mempercepat pembuatan akta kelahiran"))

    assert found[:2] == [birth.title, death.title]


# 2. Typos correct themselves ------------------------------------------------------------


@pytest.fixture
def leadership(search_backend):
    return make_practice(
        "Pelatihan Kepemimpinan Pengawas", summary="Pejabat pengawas berlatih memimpin proyek perubahan."
    )


@pytest.mark.search_features(SPELLING)
def test_a_typo_shows_the_corrected_results_with_a_notice(anonymous, leadership):
    response = search(anonymous, "pelatihn kepemimpinan")

    assert titles(response) == [leadership.title]
    notice = page_of(response).select_one("p.corrected-query")
    assert notice.find("b").get_text() == "pelatihan kepemimpinan"
    assert "Menampilkan hasil untuk" in notice.get_text()
    assert "Cari persis:" in notice.get_text()
    assert notice.find("a").get_text() == "pelatihn kepemimpinan"


@pytest.mark.search_features(SPELLING)
def test_the_exact_link_searches_the_query_as_typed(anonymous, leadership):
    link = page_of(search(anonymous, "pelatihn kepemimpinan")).select_one("p.corrected-query a")["href"]

    response = anonymous.get(SEARCH + link)

    assert titles(response) == []
    assert page_of(response).select_one("p.corrected-query") is None
    assert page_of(response).select_one("p.did-you-mean a").get_text() == "pelatihan kepemimpinan"


def test_a_query_that_finds_enough_is_not_corrected(anonymous, search_backend):
    for number in range(3):
        make_practice(f"Sosialisasi Stuntng {number}", summary="Sosialisasi stuntng di kampung.")
    make_practice("Sosialisasi Stunting", summary="Sosialisasi stunting di posyandu.")

    response = search(anonymous, "sosialisasi stuntng")

    assert page_of(response).select_one("p.corrected-query") is None
    assert len(titles(response)) == 3


def test_the_report_logs_what_was_typed(anonymous, editor_client, leadership):
    from search.models import QueryOutcome

    search(anonymous, "pelatihn kepemimpinan")

    assert list(QueryOutcome.objects.values_list("query__query_string", "zero_results")) == [
        ("pelatihn kepemimpinan", 0)
    ]


# 3. Spelling variants ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Izin Usaha Mikro Terbit Sehari", "ijin usaha mikro"),
        ("Ijin Usaha Mikro Terbit Sehari", "izin usaha mikro"),
        ("Layanan Kependudukan Tanpa Antre", "antri layanan kependudukan"),
        ("Praktik Baik Pelayanan Publik", "praktek baik pelayanan publik"),
        ("Kualitas Pelayanan Puskesmas Naik", "kwalitas pelayanan puskesmas"),
        ("Kwalitas Pelayanan Puskesmas Naik", "kualitas pelayanan puskesmas"),
        ("Risiko Banjir Dipetakan Warga", "resiko banjir"),
    ],
)
def test_spelling_variants_meet_both_ways(anonymous, search_backend, text, query):
    practice = make_practice(text, summary="Ringkasan praktik.")

    assert titles(search(anonymous, query)) == [practice.title]


@pytest.mark.search_features(SYNONYMS)
def test_a_variant_an_editor_adds_in_the_admin_is_used_at_once(anonymous, search_backend):
    practice = make_practice("Posyandu Aktif Sepanjang Tahun", summary="Kader hadir setiap bulan.")
    # persis=1: the query as typed, so the spelling correction does not find it instead.
    assert titles(search(anonymous, "posyandu aktip", persis="1")) == []

    SpellingVariant.objects.create(variant="aktip", standard="aktif")

    assert titles(search(anonymous, "posyandu aktip", persis="1")) == [practice.title]
    assert titles(search(anonymous, "aktif posyandu")) == [practice.title]


# 4. Acronyms from the data and from the shipped list ---------------------------------------------


@pytest.mark.search_features(SYNONYMS)
def test_an_agency_acronym_and_its_name_meet_both_ways(anonymous, search_backend):
    AgencyFactory(name="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", acronym="DPMPTSP")
    short = make_practice(
        "Perizinan Daring Sehari", summary="DPMPTSP memproses berkas pemohon secara daring."
    )
    full = make_practice(
        "Loket Perizinan Terpadu",
        summary="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu membuka loket di kecamatan.",
    )

    assert set(titles(search(anonymous, "DPMPTSP"))) == {short.title, full.title}
    assert set(titles(search(anonymous, "dinas penanaman modal dan pelayanan terpadu satu pintu"))) == {
        short.title,
        full.title,
    }


@pytest.mark.search_features(SYNONYMS)
def test_an_agency_added_later_is_found_by_its_acronym(anonymous, search_backend):
    practice = make_practice("Pengelolaan Arsip", summary="Badan Arsip dan Perpustakaan Daerah menata arsip.")
    assert titles(search(anonymous, "BAPERSIPDA")) == []

    AgencyFactory(name="Badan Arsip dan Perpustakaan Daerah", acronym="Bapersipda")

    assert titles(search(anonymous, "BAPERSIPDA")) == [practice.title]


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Satpol PP Menata Pedagang", "satuan polisi pamong praja"),
        ("Satuan Polisi Pamong Praja Menata Pedagang", "satpol pp"),
        ("Arsitektur SPBE Kabupaten", "sistem pemerintahan berbasis elektronik"),
        ("Sistem Pemerintahan Berbasis Elektronik Terpadu", "SPBE"),
        ("Musrenbang Anak di Kelurahan", "musyawarah perencanaan pembangunan"),
        ("Pendampingan UMKM Naik Kelas", "usaha mikro kecil dan menengah"),
    ],
)
@pytest.mark.search_features(SYNONYMS)
def test_government_acronyms_meet_their_full_words(anonymous, search_backend, text, query):
    practice = make_practice(text, summary="Ringkasan praktik.")

    assert titles(search(anonymous, query)) == [practice.title]


# 5. Place matters ---------------------------------------------------------------------------------


@pytest.mark.search_features(PLACES)
def test_a_place_in_the_query_ranks_that_region_then_its_province_first(anonymous, search_backend):
    papua_barat_daya = province("96")
    sorong = RegencyFactory(code="96.01", name="Kabupaten Sorong", parent=papua_barat_daya)
    raja_ampat = RegencyFactory(code="96.05", name="Kabupaten Raja Ampat", parent=papua_barat_daya)
    banyuwangi = RegencyFactory(code="35.10", name="Kabupaten Banyuwangi", parent=province("35"))
    elsewhere = make_practice(
        "Posyandu Posyandu Keliling",
        summary="Posyandu keliling: kader posyandu mendatangi balita, posyandu tiap minggu.",
        region=banyuwangi,
    )
    nearby = make_practice("Posyandu Remaja", summary="Remaja belajar gizi di posyandu.", region=raja_ampat)
    here = make_practice("Kader Posyandu Kampung", summary="Kader menimbang balita.", region=sorong)

    response = search(anonymous, "posyandu di Sorong")

    assert titles(response) == [here.title, nearby.title, elsewhere.title]


def test_a_place_alone_finds_its_practices(anonymous, search_backend):
    banyuwangi = RegencyFactory(code="35.10", name="Kabupaten Banyuwangi", parent=province("35"))
    library = make_practice("Perpustakaan Desa Ramah Anak", summary="Buku keliling desa.", region=banyuwangi)
    make_practice("Perpustakaan Desa Digital", summary="Buku digital untuk desa.", region=province("31"))

    assert titles(search(anonymous, "Banyuwangi")) == [library.title]
    assert titles(search(anonymous, "perpustakaan desa Banyuwangi"))[0] == library.title


@pytest.mark.search_features(PLACES)
def test_a_region_added_after_a_search_is_a_place_at_the_next_search(anonymous, search_backend):
    """The place names are kept between searches, and a new region refreshes them:
    only a known place ranks the practices of its province first."""
    banyuwangi = RegencyFactory(code="35.10", name="Kabupaten Banyuwangi", parent=province("35"))
    papua_barat_daya = province("96")
    elsewhere = make_practice(
        "Posyandu Posyandu Keliling", summary="Posyandu keliling, posyandu tiap minggu.", region=banyuwangi
    )
    raja_ampat = RegencyFactory(code="96.05", name="Kabupaten Raja Ampat", parent=papua_barat_daya)
    nearby = make_practice("Posyandu Remaja", summary="Remaja belajar gizi di posyandu.", region=raja_ampat)
    assert titles(search(anonymous, "posyandu di Sorong")) == [elsewhere.title, nearby.title]

    RegencyFactory(code="96.01", name="Kabupaten Sorong", parent=papua_barat_daya)

    assert titles(search(anonymous, "posyandu di Sorong")) == [nearby.title, elsewhere.title]


# 6. One engine search per model ------------------------------------------------------------------


@pytest.fixture
def engine_searches(monkeypatch):
    """Counts the matching passes Whoosh runs (every search goes through search_with_collector)."""
    calls = []
    original = Searcher.search_with_collector

    def counted(self, q, collector, context=None):
        calls.append(q)
        return original(self, q, collector, context)

    monkeypatch.setattr(Searcher, "search_with_collector", counted)
    return calls


@pytest.mark.search_features(SINGLE_SEARCH)
def test_results_counts_and_facets_cost_one_engine_search_per_model(
    anonymous, search_backend, member, engine_searches
):
    for number in range(12):
        make_practice(
            f"Posyandu Digital {number}",
            summary="Kader posyandu mencatat balita.",
            agency=AgencyFactory(),
            region=province("31"),
            tags=["gizi"],
        )
    make_thread(make_forum("Forum Gizi"), author=member, title="Posyandu digital di desa?", tags=["gizi"])
    engine_searches.clear()

    response = search(anonymous, "posyandu digital")

    assert len(titles(response)) == 10
    assert "13 hasil" in page_of(response).select_one("#judul-hasil").get_text()
    groups = [h.get_text() for h in page_of(response).select("aside.facets h2")]
    assert {"Jenis", "Instansi", "Tag"} <= set(groups)
    assert len(engine_searches) == len(settings.SIMPUL_SEARCH_MODELS)


@pytest.mark.search_features(SINGLE_SEARCH)
def test_upcoming_and_past_sessions_are_counted_in_the_same_engine_search(
    anonymous, search_backend, engine_searches
):
    forum = make_forum("Forum Sanitasi")
    now = timezone.now()
    make_session(
        forum, title="Sesi Sanitasi Mendatang", theme="Sanitasi total", start=now + timedelta(days=3)
    )
    make_session(forum, title="Sesi Sanitasi Lalu", theme="Sanitasi total", start=now - timedelta(days=30))
    engine_searches.clear()

    response = search(anonymous, "sanitasi")

    when = {o.value: o.count for o in response.context["outcome"].facets["when"]}
    assert when == {"akan-datang": 1, "lalu": 1}
    assert len(engine_searches) == len(settings.SIMPUL_SEARCH_MODELS)


@pytest.mark.search_features(SINGLE_SEARCH)
def test_the_second_page_costs_one_engine_search_per_model_too(anonymous, search_backend, engine_searches):
    for number in range(15):
        make_practice(f"Bank Sampah {number}", summary="Warga menabung sampah.")
    engine_searches.clear()

    response = search(anonymous, "bank sampah", halaman="2")

    assert len(titles(response)) == 5
    assert len(engine_searches) == len(settings.SIMPUL_SEARCH_MODELS)


def test_more_matches_than_a_page_with_rising_scores_are_ranked_and_counted(anonymous, search_backend):
    # Each practice scores higher than the one before, so the engine's top ten
    # keep being replaced while it matches (the path where a matcher is asked
    # for its best possible score).
    for number in range(1, 16):
        make_practice(f"Posyandu Balita {number}", summary="Posyandu balita desa. " * number)

    response = search(anonymous, "posyandu balita desa")

    shown = titles(response)
    assert len(shown) == len(set(shown)) == 10
    assert shown[0] in {f"Posyandu Balita {number}" for number in range(11, 16)}
    assert "15 hasil" in page_of(response).select_one("#judul-hasil").get_text()
