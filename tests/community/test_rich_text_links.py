"""Rich text whose raw content holds a crafted id renders as text, never as an error page.

The editor's raw content (Draftail posts its entity data as JSON) can carry
`<a linktype="page" id="abc">`; Wagtail looked the id up as it was and the
page raised ValueError for every reader.
"""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page

from community.models import HomePage, PracticeIndexPage, PracticePage
from tests.community.admin_forms import admin_form_data
from tests.community.practice_factories import make_practice, practice_index

# Practice pages show related content found through the search index: start it empty.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

BAD_IDS = ["abc", "12x", "²", "99999999999999999999999", ""]


def crafted(bad_id):
    return (
        f'<p>Lihat <a linktype="page" id="{bad_id}">praktik lain</a>, '
        f'<a linktype="document" id="{bad_id}">laporannya</a> '
        f'dan <a linktype="page">tautan tanpa id</a>.</p>'
        f'<embed embedtype="image" id="{bad_id}" format="tidak-ada"/>'
    )


def assert_rendered_as_text(response):
    assert response.status_code == 200
    page = response.content.decode()
    assert "Lihat <a>praktik lain</a>, <a>laporannya</a> dan <a>tautan tanpa id</a>." in page
    assert 'linktype="' not in page


@pytest.mark.parametrize("bad_id", BAD_IDS)
def test_a_practice_paragraph_with_a_crafted_page_link_renders_as_text(anonymous, bad_id):
    practice = make_practice("Praktik Bertautan Rusak", body=[("paragraph", crafted(bad_id))])

    assert_rendered_as_text(anonymous.get(practice.url))


@pytest.mark.parametrize("bad_id", BAD_IDS)
def test_a_rich_text_introduction_with_a_crafted_page_link_renders_as_text(anonymous, bad_id):
    index = practice_index()
    index.intro = crafted(bad_id)
    index.save_revision().publish()

    assert_rendered_as_text(anonymous.get("/praktik-baik/"))


def test_the_home_page_introduction_with_a_crafted_link_renders_as_text(anonymous):
    home = HomePage.objects.get()
    home.intro = crafted("abc")
    home.save_revision().publish()

    assert_rendered_as_text(anonymous.get("/"))


def test_a_link_to_an_existing_page_still_links_to_it(anonymous):
    target = make_practice("Praktik Tujuan")
    practice = make_practice(
        "Praktik Penaut", body=[("paragraph", f'<p><a linktype="page" id="{target.pk}">tujuan</a></p>')]
    )

    assert f'<a href="{target.url}">tujuan</a>' in anonymous.get(practice.url).content.decode()


def test_an_editor_can_open_and_repair_a_page_with_a_crafted_link(editor_client):
    index = practice_index()
    index.intro = crafted("abc")
    index.save_revision().publish()

    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[index.pk]))

    assert response.status_code == 200
    assert "praktik lain" in response.content.decode()


def test_a_page_link_with_a_crafted_id_posted_from_the_editor_is_stored_as_text(editor_client):
    index = practice_index()
    edit_url = reverse("wagtailadmin_pages:edit", args=[index.pk])
    edit = editor_client.get(edit_url)
    contentstate = {
        "blocks": [
            {
                "key": "a1b2c",
                "type": "unstyled",
                "depth": 0,
                "text": "Lihat praktik lain.",
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 6, "length": 12, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"id": "abc", "url": None}}},
    }

    response = editor_client.post(
        edit_url,
        admin_form_data(edit.content.decode(), "page-edit-form", index, intro=json.dumps(contentstate)),
    )

    assert response.status_code == 302
    stored = PracticeIndexPage.objects.get(pk=index.pk).get_latest_revision_as_object().intro
    assert "Lihat praktik lain." in stored
    assert "<a" not in stored
    assert Page.objects.filter(pk=index.pk).exists()
    assert PracticePage.objects.count() == 0
