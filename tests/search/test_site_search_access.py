"""Search never shows what the reader may not see.

Drafts, pages in review, members-only pages (to anonymous readers),
password- and group-restricted pages (to everyone), and words that exist
only in an unpublished draft revision of a live page stay out of results,
facet counts, suggestions and related content. The pages are indexed by
Wagtail's own signal handlers as the factories and the admin save them:
every one of them is in the index, so only the search's scoping keeps them
out.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import querydict_from_html

from community.models import PracticePage
from search.features import SPELLING
from tests.community.practice_factories import make_practice, make_practice_in_review
from tests.factories import AgencyFactory

pytestmark = [pytest.mark.django_db]

SEARCH = "/cari/"
SUGGESTIONS = "/cari/saran/"
DRAFT_WORD = "rahasiadraf"

PUBLIC = ("public", "edited_live")
MEMBERS = ("members_only",)
NEVER_LISTED = ("draft", "in_review", "password", "group_only")


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def result_titles(response):
    return {link.get_text() for link in soup(response).select("section.results article.result h3 a")}


def facet_labels(response):
    """Every facet option offered, as "Group: label (count)"."""
    aside = soup(response).select_one("aside.facets")
    if aside is None:
        return set()
    labels = set()
    for heading in aside.find_all("h2"):
        for item in heading.find_next_sibling("ul").find_all("li"):
            count = item.find("span", class_="muted").get_text()
            labels.add(f"{heading.get_text()}: {item.find('a').get_text()} {count}")
    return labels


def related_titles(response):
    section = soup(response).select_one("section.related-content")
    return set() if section is None else {link.get_text() for link in section.find_all("a")}


def suggestion_titles(client, query):
    response = client.get(SUGGESTIONS, {"q": query})
    assert response.status_code == 200
    return {item["title"] for item in response.json()["suggestions"]}


def save_draft_in_admin(client, page, **changes):
    """Edit a page in the Wagtail admin and press "Save draft", as an editor does."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")
    for name, value in changes.items():
        data[name] = value
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return PracticePage.objects.get(pk=page.pk)


@pytest.fixture
def practices(search_backend, member, editor_client):
    """One practice of each kind; all mention "kelor" and each has its own agency and tag."""

    def kelor(key, title, **fields):
        return make_practice(
            title,
            summary=f"Daun kelor untuk gizi keluarga: {title.lower()}.",
            agency=AgencyFactory(name=f"Instansi {title}"),
            tags=[f"tag {key}"],
            **fields,
        )

    pages = {
        "public": kelor("public", "Kebun Kelor Sekolah"),
        "edited_live": kelor("edited_live", "Kelor untuk Ibu Menyusui"),
        "draft": kelor("draft", "Kelor Draf Belum Terbit", live=False),
        "members_only": kelor("members_only", "Kelor Khusus Anggota", members_only=True),
        "password": kelor("password", "Kelor Berkata Sandi"),
        "group_only": kelor("group_only", "Kelor Khusus Editor"),
    }
    pages["in_review"] = make_practice_in_review(
        "Kelor Sedang Ditinjau",
        submitted_by=member,
        summary="Daun kelor untuk gizi keluarga: kiriman yang menunggu editor.",
        agency=AgencyFactory(name="Instansi Kelor Sedang Ditinjau"),
        tags=["tag in_review"],
    )
    PageViewRestriction.objects.create(
        page=pages["password"], restriction_type=PageViewRestriction.PASSWORD, password="kelor-rahasia"
    )
    group_restriction = PageViewRestriction.objects.create(
        page=pages["group_only"], restriction_type=PageViewRestriction.GROUPS
    )
    group_restriction.groups.add(Group.objects.get(name="Editors"))
    # An editor changes the live page and saves a draft (not published).
    pages["edited_live"] = save_draft_in_admin(
        editor_client,
        pages["edited_live"],
        title=f"Kelor {DRAFT_WORD.title()} Belum Terbit",
        summary=f"Daun kelor dan {DRAFT_WORD}: perubahan yang belum diterbitkan.",
    )
    return pages


def titles_of(practices, keys):
    return {practices[key].title for key in keys}


def test_the_draft_revision_is_saved_and_the_live_page_keeps_its_text(practices):
    page = practices["edited_live"]

    assert page.live and page.has_unpublished_changes
    assert page.title == "Kelor untuk Ibu Menyusui"
    assert DRAFT_WORD in page.get_latest_revision_as_object().summary
    assert DRAFT_WORD not in page.summary


def test_every_hidden_practice_is_in_the_index_so_only_the_search_scope_keeps_it_out(practices):
    indexed = {page.title for page in PracticePage.objects.search("kelor")}

    assert indexed == {page.title for page in practices.values()}
    # Draft words are in the revision only, never in the index.
    assert list(PracticePage.objects.search(DRAFT_WORD)) == []


def test_anonymous_readers_find_only_public_practices(anonymous, practices):
    response = anonymous.get(SEARCH, {"q": "kelor"})

    assert result_titles(response) == titles_of(practices, PUBLIC)
    assert "2 hasil untuk “kelor”" in response.content.decode()


def test_signed_in_members_also_find_members_only_practices(member_client, practices):
    response = member_client.get(SEARCH, {"q": "kelor"})

    assert result_titles(response) == titles_of(practices, PUBLIC + MEMBERS)


def test_readers_taking_turns_each_get_their_own_results_and_a_publish_shows_at_once(
    anonymous, member_client, practices
):
    # One thread, one index searcher: the documents each reader's filters let through are
    # remembered with the searcher, and must neither cross readers nor outlive a commit.
    for _ in range(2):
        assert result_titles(anonymous.get(SEARCH, {"q": "kelor"})) == titles_of(practices, PUBLIC)
        assert result_titles(member_client.get(SEARCH, {"q": "kelor"})) == titles_of(
            practices, PUBLIC + MEMBERS
        )
    draft = practices["draft"]
    draft.save_revision().publish()
    assert result_titles(anonymous.get(SEARCH, {"q": "kelor"})) == titles_of(practices, PUBLIC) | {
        draft.title
    }
    practices["public"].unpublish()
    assert result_titles(anonymous.get(SEARCH, {"q": "kelor"})) == titles_of(practices, ("edited_live",)) | {
        draft.title
    }


def test_editors_do_not_find_drafts_pages_in_review_or_restricted_pages_either(editor_client, practices):
    response = editor_client.get(SEARCH, {"q": "kelor"})

    assert result_titles(response) == titles_of(practices, PUBLIC + MEMBERS)


def test_the_author_of_a_page_in_review_does_not_find_it_in_search(member_client, practices):
    response = member_client.get(SEARCH, {"q": "menunggu editor"})

    assert result_titles(response) == set()


@pytest.mark.parametrize("who", ["anonymous", "member_client", "editor_client"])
def test_words_only_in_an_unpublished_draft_revision_find_nothing(request, practices, who):
    client = request.getfixturevalue(who)

    response = client.get(SEARCH, {"q": DRAFT_WORD})
    content = response.content.decode()

    assert result_titles(response) == set()
    assert facet_labels(response) == set()
    assert "0 hasil untuk “rahasiadraf”" in content
    assert suggestion_titles(client, DRAFT_WORD[:6]) == set()
    # The live page is found by its live words, and shows its live text.
    live = client.get(SEARCH, {"q": "kelor menyusui"})
    assert "Kelor untuk Ibu Menyusui" in result_titles(live)
    assert DRAFT_WORD not in live.content.decode().lower()


@pytest.mark.parametrize("who", ["anonymous", "member_client"])
@pytest.mark.search_features(SPELLING)
def test_did_you_mean_never_offers_a_word_the_reader_may_not_find(request, practices, who):
    client = request.getfixturevalue(who)

    for typo in ("rahasiadrav", "berkta sandi", "ditinjaw"):
        page = soup(client.get(SEARCH, {"q": typo}))
        assert page.select_one("p.did-you-mean") is None, page.select_one("p.did-you-mean")
        assert page.select_one("p.corrected-query") is None, page.select_one("p.corrected-query")
    # A typo of a word the reader can find is corrected (and its results shown at once).
    corrected = soup(client.get(SEARCH, {"q": "kebum"})).select_one("p.corrected-query b")
    assert corrected.get_text() == "kebun"


def test_facet_counts_leave_out_what_anonymous_readers_may_not_see(anonymous, practices):
    labels = facet_labels(anonymous.get(SEARCH, {"q": "kelor"}))

    assert "Jenis: praktik baik (2)" in labels
    assert "Tag: tag public (1)" in labels
    assert "Tag: tag edited_live (1)" in labels
    assert "Instansi: Instansi Kebun Kelor Sekolah (1)" in labels
    for hidden in MEMBERS + NEVER_LISTED:
        assert not [label for label in labels if hidden in label or practices[hidden].title in label]
    assert any(label.startswith("Tahun: ") and label.endswith("(2)") for label in labels)
    assert "Urusan pemerintahan: Kesehatan (2)" in labels


def test_facet_counts_include_members_only_practices_for_members(member_client, practices):
    labels = facet_labels(member_client.get(SEARCH, {"q": "kelor"}))

    assert "Jenis: praktik baik (3)" in labels
    assert "Tag: tag members_only (1)" in labels
    assert "Urusan pemerintahan: Kesehatan (3)" in labels
    for hidden in NEVER_LISTED:
        assert not [label for label in labels if hidden in label or practices[hidden].title in label]


@pytest.mark.parametrize("hidden", MEMBERS + NEVER_LISTED)
def test_choosing_a_hidden_pages_tag_or_agency_finds_nothing(anonymous, practices, hidden):
    page = practices[hidden]
    tag = page.tags.get()

    by_tag = anonymous.get(SEARCH, {"q": "kelor", "tag": tag.pk})
    by_agency = anonymous.get(SEARCH, {"q": "kelor", "instansi": page.agency_id})

    assert result_titles(by_tag) == set()
    assert result_titles(by_agency) == set()
    assert facet_labels(by_tag) == set()


@pytest.mark.parametrize("hidden", MEMBERS + NEVER_LISTED)
def test_a_hidden_pages_own_title_finds_nothing_for_anonymous_readers(anonymous, practices, hidden):
    response = anonymous.get(SEARCH, {"q": practices[hidden].title})

    assert practices[hidden].title not in result_titles(response)


def test_suggestions_offer_only_what_the_reader_may_see(anonymous, member_client, practices):
    assert suggestion_titles(anonymous, "kelor") == titles_of(practices, PUBLIC)
    assert suggestion_titles(member_client, "kelor") == titles_of(practices, PUBLIC + MEMBERS)


def test_suggestion_urls_are_those_of_visible_pages(anonymous, practices):
    response = anonymous.get(SUGGESTIONS, {"q": "kel"})

    urls = {item["url"] for item in response.json()["suggestions"]}
    assert urls == {practices[key].url for key in PUBLIC}


def test_related_content_shows_anonymous_readers_only_public_practices(anonymous, practices):
    response = anonymous.get(practices["public"].url)

    assert related_titles(response) == {practices["edited_live"].title}


def test_related_content_shows_members_the_members_only_practices_too(member_client, practices):
    response = member_client.get(practices["public"].url)

    assert related_titles(response) == titles_of(practices, ("edited_live", "members_only"))


def test_related_content_on_a_members_only_page_leaves_out_pages_nobody_may_list(member_client, practices):
    response = member_client.get(practices["members_only"].url)

    assert related_titles(response) == titles_of(practices, PUBLIC)
