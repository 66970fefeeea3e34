"""/cari/: one query over every searchable type, facets, snippets, sorting, paging, suggestions.

Everything goes through the test client, the test database and the real
Whoosh index (settings.WAGTAILSEARCH_BACKENDS, emptied by the `search_backend`
fixture); practices are indexed by Wagtail's own signal handlers as they are
published, and indexed again where a test back-dates them.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from community.models import GovernmentAffair, PracticePage
from search.backends.whoosh import WhooshSearchBackend
from search.features import SPELLING
from tests.community.practice_factories import days_ago, make_practice
from tests.factories import AgencyFactory, province

pytestmark = [pytest.mark.django_db]

SEARCH = "/cari/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def result_titles(response):
    """Titles of the hits shown, in order."""
    return [link.get_text() for link in soup(response).select("section.results article.result h3 a")]


def facet(response, title):
    """{label: (count, href, selected)} for one facet group, e.g. facet(response, "Instansi")."""
    aside = soup(response).select_one("aside.facets")
    if aside is None:
        return {}
    for heading in aside.find_all("h2"):
        if heading.get_text() == title:
            options = {}
            for item in heading.find_next_sibling("ul").find_all("li"):
                link = item.find("a")
                count = int(item.find("span", class_="muted").get_text().strip("()"))
                options[link.get_text()] = (count, link["href"], link.get("aria-current") == "true")
            return options
    return {}


def reindex(backend, *pages):
    """Index pages again after a test changed them with a queryset update (no signal)."""
    for page in pages:
        backend.add(PracticePage.objects.get(pk=page.pk))


@pytest.fixture
def agencies():
    return {
        "dinkes": AgencyFactory(name="Dinas Kesehatan Provinsi DKI Jakarta", acronym="Dinkes DKI"),
        "disdik": AgencyFactory(
            name="Dinas Pendidikan Provinsi Papua", acronym="Disdik Papua", region=province("91")
        ),
    }


@pytest.fixture
def library(search_backend, agencies):
    """Practices about posyandu from two agencies, and one that is about something else."""
    dinkes, disdik = agencies["dinkes"], agencies["disdik"]
    return {
        "digital": make_practice(
            "Posyandu Digital untuk Pemantauan Balita",
            summary="Kader posyandu mencatat tumbuh kembang balita lewat aplikasi, "
            "sehingga puskesmas segera tahu balita mana yang berisiko stunting.",
            agency=dinkes,
            region=province("31"),
            tags=["stunting", "digital"],
        ),
        "gizi": make_practice(
            "Kelas Gizi Ibu Hamil",
            summary="Bidan desa mengajar ibu hamil menyusun menu bergizi; kelas digelar sebulan sekali "
            "sesudah kegiatan posyandu.",
            agency=dinkes,
            region=province("31"),
            tags=["stunting", "gizi"],
        ),
        "pelatihan": make_practice(
            "Pelatihan Kader Berbasis Video",
            summary="Pelatihan singkat lewat video pendek membuat kader posyandu percaya diri menimbang "
            "dan mengukur balita.",
            agency=dinkes,
            region=province("31"),
            tags=["pelatihan"],
        ),
        "remaja": make_practice(
            "Posyandu Remaja di Sekolah",
            summary="Siswa SMA memeriksa tekanan darah dan lingkar lengan teman sebaya setiap bulan.",
            agency=disdik,
            region=province("91"),
            government_affair=GovernmentAffair.EDUCATION,
            tags=["remaja"],
        ),
        "akta": make_practice(
            "Akta Kelahiran Terbit di Rumah Sakit",
            summary="Bayi pulang dari rumah sakit sudah membawa akta kelahiran dan kartu identitas anak.",
            government_affair=GovernmentAffair.POPULATION,
        ),
    }


def test_one_query_ranks_every_matching_practice_in_one_list_best_match_first(anonymous, library):
    response = anonymous.get(SEARCH, {"q": "posyandu"})

    titles = result_titles(response)
    assert sorted(titles) == sorted(library[key].title for key in ("digital", "gizi", "pelatihan", "remaja"))
    # The word in the title (and the summary) outranks a single mention in a summary.
    assert titles.index(library["digital"].title) < titles.index(library["gizi"].title)
    assert titles.index(library["remaja"].title) < titles.index(library["pelatihan"].title)
    assert "4 hasil untuk “posyandu”" in response.content.decode()
    assert facet(response, "Jenis") == {"praktik baik": (4, "?q=posyandu&jenis=practicepage", False)}


def test_facets_show_counts_and_combine_agency_then_tag(anonymous, library, agencies):
    dinkes, disdik = agencies["dinkes"], agencies["disdik"]

    everything = anonymous.get(SEARCH, {"q": "posyandu"})
    assert {label: count for label, (count, _, _) in facet(everything, "Instansi").items()} == {
        dinkes.name: 3,
        disdik.name: 1,
    }
    tags = {label: count for label, (count, _, _) in facet(everything, "Tag").items()}
    assert tags == {"stunting": 2, "digital": 1, "gizi": 1, "pelatihan": 1, "remaja": 1}
    assert {label: c for label, (c, _, _) in facet(everything, "Provinsi").items()} == {
        "DKI Jakarta": 3,
        "Papua": 1,
    }
    assert {label: c for label, (c, _, _) in facet(everything, "Urusan pemerintahan").items()} == {
        "Kesehatan": 3,
        "Pendidikan": 1,
    }

    # Choose the agency: its results only, and every other facet counts only those.
    by_agency = anonymous.get(SEARCH + facet(everything, "Instansi")[dinkes.name][1])
    assert sorted(result_titles(by_agency)) == sorted(
        library[key].title for key in ("digital", "gizi", "pelatihan")
    )
    count, clear_agency, selected = facet(by_agency, "Instansi")[dinkes.name]
    assert (count, selected) == (3, True)
    assert "instansi=" not in clear_agency  # choosing it again removes it
    assert disdik.name not in facet(by_agency, "Instansi")
    tags = {label: count for label, (count, _, _) in facet(by_agency, "Tag").items()}
    assert tags == {"stunting": 2, "digital": 1, "gizi": 1, "pelatihan": 1}

    # Then a tag: both choices hold.
    by_agency_and_tag = anonymous.get(SEARCH + facet(by_agency, "Tag")["stunting"][1])
    assert sorted(result_titles(by_agency_and_tag)) == sorted(
        library[key].title for key in ("digital", "gizi")
    )
    assert "2 hasil untuk “posyandu”" in by_agency_and_tag.content.decode()
    count, clear_tag, selected = facet(by_agency_and_tag, "Tag")["stunting"]
    assert (count, selected) == (2, True)
    assert facet(by_agency_and_tag, "Instansi")[dinkes.name][2] is True

    # Un-choosing the tag keeps the agency.
    back = anonymous.get(SEARCH + clear_tag)
    assert f"instansi={dinkes.pk}" in clear_tag and "tag=" not in clear_tag
    assert len(result_titles(back)) == 3


def test_snippets_mark_the_matched_words(anonymous, library):
    response = anonymous.get(SEARCH, {"q": "balita"})

    snippets = {
        article.select_one("h3 a").get_text(): article.select("p")[-1]
        for article in soup(response).select("article.result")
    }
    snippet = snippets[library["digital"].title]
    assert [mark.get_text() for mark in snippet.find_all("mark")] == ["balita", "balita"]
    assert "Kader posyandu mencatat tumbuh kembang" in snippet.get_text()


def test_a_stem_match_is_marked_too_latihan_lights_up_pelatihan(anonymous, library):
    response = anonymous.get(SEARCH, {"q": "latihan"})

    assert result_titles(response) == [library["pelatihan"].title]
    snippet = soup(response).select_one("article.result").select("p")[-1]
    assert [mark.get_text() for mark in snippet.find_all("mark")] == ["Pelatihan"]


def test_a_short_summary_is_shown_whole_without_a_false_ellipsis(anonymous, library):
    response = anonymous.get(SEARCH, {"q": "akta"})

    snippet = soup(response).select_one("article.result").select("p")[-1]
    assert snippet.get_text() == library["akta"].summary
    assert "…" not in snippet.get_text()


def test_html_a_member_wrote_is_shown_escaped_never_run(anonymous, search_backend):
    make_practice(
        'Formulir <b onmouseover="alert(1)">Pengaduan</b> Warga',
        summary='Warga menulis <script>alert("pengaduan")</script> lalu petugas membalas dalam dua hari.',
    )

    response = anonymous.get(SEARCH, {"q": "pengaduan"})

    content = response.content.decode()
    assert len(result_titles(response)) == 1
    assert "<script>alert" not in content
    assert "<b onmouseover" not in content
    assert "&lt;script&gt;alert(&quot;<mark>pengaduan</mark>&quot;)&lt;/script&gt;" in content
    assert "Formulir &lt;b onmouseover=&quot;alert(1)&quot;&gt;Pengaduan&lt;/b&gt; Warga" in content


def test_a_query_with_markup_is_echoed_escaped(anonymous, library):
    response = anonymous.get(SEARCH, {"q": '"><script>alert(1)</script> posyandu'})

    content = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


@pytest.fixture
def sanitation(search_backend):
    """Three practices about sanitation: the best match is the oldest."""
    pages = {
        "best": make_practice(
            "Sanitasi Total Berbasis Masyarakat",
            summary="Sanitasi total berbasis masyarakat: warga memicu perubahan perilaku, desa bebas buang "
            "air besar sembarangan, dan sanitasi sekolah ikut dibenahi.",
            published_at=days_ago(300),
        ),
        "newest": make_practice(
            "Jamban Sehat untuk Desa",
            summary="Arisan jamban membantu keluarga membangun jamban sehat; bagian dari program sanitasi desa.",
            published_at=days_ago(10),
        ),
        "middle": make_practice(
            "Air Bersih di Sekolah Dasar",
            summary="Tandon air hujan dan tempat cuci tangan untuk sekolah dasar, didanai dana sanitasi desa.",
            published_at=days_ago(100),
        ),
    }
    reindex(search_backend, *pages.values())
    return pages


def test_relevance_puts_the_best_match_first_and_newest_puts_the_latest_first(anonymous, sanitation):
    by_relevance = anonymous.get(SEARCH, {"q": "sanitasi"})
    newest_first = anonymous.get(SEARCH, {"q": "sanitasi", "urutan": "terbaru"})

    assert result_titles(by_relevance)[0] == sanitation["best"].title
    assert result_titles(newest_first) == [sanitation[key].title for key in ("newest", "middle", "best")]
    sort_line = soup(newest_first).select_one("p.sort")
    assert sort_line.find("strong").get_text() == "terbaru"
    assert sort_line.find("a").get_text() == "relevansi"
    assert "urutan=relevan" in sort_line.find("a")["href"]
    assert soup(by_relevance).select_one("p.sort strong").get_text() == "relevansi"


def test_an_unknown_sort_falls_back_to_relevance(anonymous, sanitation):
    response = anonymous.get(SEARCH, {"q": "sanitasi", "urutan": "acak"})

    assert result_titles(response)[0] == sanitation["best"].title
    assert soup(response).select_one("p.sort strong").get_text() == "relevansi"


@pytest.fixture
def many_waste_banks(search_backend):
    return [
        make_practice(
            f"Bank Sampah Kelurahan {number}",
            summary=f"Bank sampah kelurahan {number} menukar sampah plastik warga dengan tabungan emas.",
            published_at=days_ago(number),
        )
        for number in range(1, 24)
    ]


def test_more_than_ten_hits_are_paged_ten_at_a_time(anonymous, many_waste_banks):
    pages = [anonymous.get(SEARCH, {"q": "bank sampah", "halaman": number}) for number in (1, 2, 3)]

    shown = [result_titles(page) for page in pages]
    assert [len(titles) for titles in shown] == [10, 10, 3]
    assert sorted(sum(shown, [])) == sorted(page.title for page in many_waste_banks)
    first = soup(pages[0])
    assert "Halaman 1 dari 3" in first.select_one("nav.pagination").get_text()
    next_link = first.select_one("nav.pagination a[rel=next]")["href"]
    assert "q=bank+sampah" in next_link and "halaman=2" in next_link
    assert "23 hasil untuk “bank sampah”" in pages[2].content.decode()
    assert soup(pages[2]).select_one("nav.pagination a[rel=next]") is None


def test_paging_keeps_the_newest_first_order_across_pages(anonymous, many_waste_banks, search_backend):
    reindex(search_backend, *many_waste_banks)  # published_at was back-dated after indexing

    first = result_titles(anonymous.get(SEARCH, {"q": "bank sampah", "urutan": "terbaru"}))
    second = result_titles(anonymous.get(SEARCH, {"q": "bank sampah", "urutan": "terbaru", "halaman": 2}))

    assert first + second == [f"Bank Sampah Kelurahan {number}" for number in range(1, 21)]


def test_a_page_past_the_end_shows_the_last_page(anonymous, many_waste_banks):
    response = anonymous.get(SEARCH, {"q": "bank sampah", "halaman": 99})

    assert len(result_titles(response)) == 3
    assert "Halaman 3 dari 3" in soup(response).select_one("nav.pagination").get_text()


@pytest.fixture
def public_service(search_backend):
    return [
        make_practice(
            "Mal Pelayanan Publik Kabupaten",
            summary="Pelayanan publik dari dua puluh instansi dalam satu gedung, dengan antrean daring.",
            government_affair=GovernmentAffair.PUBLIC_SERVICE,
        ),
        make_practice(
            "Standar Pelayanan di Kecamatan",
            summary="Maklumat pelayanan publik dipasang di setiap loket dan warga menilai layanan.",
            government_affair=GovernmentAffair.PUBLIC_SERVICE,
        ),
    ]


@pytest.mark.search_features(SPELLING)
def test_did_you_mean_offers_the_corrected_query_for_a_misspelling(anonymous, public_service):
    # Needs WhooshSearchBackend.suggest_spelling(query, models). Asked for the
    # exact query (persis=1), the page offers the correction instead of applying it.
    response = anonymous.get(SEARCH, {"q": "pelayann publik", "persis": "1"})

    did_you_mean = soup(response).select_one("p.did-you-mean")
    assert did_you_mean is not None, "no 'Maksud Anda' for a misspelt query"
    assert did_you_mean.get_text().startswith("Maksud Anda:")
    link = did_you_mean.find("a")
    assert link.get_text() == "pelayanan publik"
    corrected = anonymous.get(SEARCH + link["href"])
    assert sorted(result_titles(corrected)) == sorted(page.title for page in public_service)


def test_did_you_mean_is_not_offered_for_a_query_spelt_right(anonymous, public_service):
    response = anonymous.get(SEARCH, {"q": "pelayanan publik"})

    assert len(result_titles(response)) == 2
    assert soup(response).select_one("p.did-you-mean") is None


@pytest.mark.search_features(SPELLING)
def test_the_suggestion_link_is_escaped_and_searches_the_suggestion(anonymous, public_service, monkeypatch):
    # The page's side of "did you mean", whatever the engine suggests.
    monkeypatch.setattr(
        WhooshSearchBackend,
        "suggest_spelling",
        lambda self, query, models: "pelayanan publik <i>x</i>",
        raising=False,
    )

    response = anonymous.get(SEARCH, {"q": "pelayann publik", "persis": "1"})

    content = response.content.decode()
    assert "<i>x</i>" not in content
    link = soup(response).select_one("p.did-you-mean a")
    assert link.get_text() == "pelayanan publik <i>x</i>"
    assert link["href"] == "?q=pelayanan+publik+%3Ci%3Ex%3C%2Fi%3E"
    # Applied at once (no persis), the correction is shown escaped too.
    corrected = anonymous.get(SEARCH, {"q": "pelayann publik"})
    assert "<i>x</i>" not in corrected.content.decode()
    assert soup(corrected).select_one("p.corrected-query b").get_text() == "pelayanan publik <i>x</i>"


@pytest.mark.parametrize(
    "where", ["/", "/praktik-baik/", "practice", "/anggota/", "/akun/login/", SEARCH, "/tidak-ada/"]
)
def test_every_page_has_the_search_box_in_its_header(anonymous, library, where):
    url = library["digital"].url if where == "practice" else where

    response = anonymous.get(url)

    assert response.status_code in (200, 404)
    form = BeautifulSoup(response.content.decode(), "html.parser").select_one("header form.header-search")
    assert form is not None
    assert form["action"] == SEARCH and form["method"] == "get"
    box = form.select_one("input[type=search]")
    assert box["name"] == "q"
    assert box["data-suggest-url"] == reverse("search:suggestions")
    assert form.find("label", attrs={"for": box["id"]}).get_text() == "Cari di Simpul"


def test_the_search_page_without_a_query_shows_only_the_form(anonymous, library):
    response = anonymous.get(SEARCH)

    page = soup(response)
    assert page.select_one("form.search-form-large input[name=q]") is not None
    assert page.select("article.result") == []
    assert "hasil untuk" not in response.content.decode()


def test_the_search_box_keeps_the_query_and_the_chosen_filters(anonymous, library, agencies):
    response = anonymous.get(SEARCH, {"q": "posyandu", "instansi": agencies["dinkes"].pk, "halaman": 1})

    form = soup(response).select_one("form.search-form-large")
    assert form.select_one("input[name=q]")["value"] == "posyandu"
    hidden = {field["name"]: field["value"] for field in form.select("input[type=hidden]")}
    assert hidden == {"instansi": str(agencies["dinkes"].pk)}


def test_suggestions_complete_titles_as_json(anonymous, library):
    response = anonymous.get(reverse("search:suggestions"), {"q": "posy"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    suggestions = response.json()["suggestions"]
    assert sorted(item["title"] for item in suggestions) == sorted(
        [library["digital"].title, library["remaja"].title]
    )
    assert {item["url"] for item in suggestions} == {library["digital"].url, library["remaja"].url}


@pytest.mark.parametrize("query", ["", "p", " "])
def test_suggestions_wait_for_two_letters(anonymous, library, query):
    response = anonymous.get(reverse("search:suggestions"), {"q": query})

    assert response.json() == {"suggestions": []}


def test_suggestions_are_at_most_eight(anonymous, search_backend):
    for number in range(12):
        make_practice(f"Inovasi Desa Wisata {number}")

    response = anonymous.get(reverse("search:suggestions"), {"q": "inovasi"})

    assert len(response.json()["suggestions"]) == 8
