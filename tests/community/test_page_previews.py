"""Editors preview every page type: drafts, pages in review and pages being created.

Wagtail rebuilds a draft from its revision, where the page's relations are
modelcluster FakeQuerySets rather than querysets; a page whose context
calls a queryset method on a relation answers 500 in the admin. Every page
model of the project has a case in PREVIEW_CASES: a page type added
without one fails test_every_page_type_has_a_preview_case.
"""

from dataclasses import dataclass

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.models import Page, Workflow, get_page_models

from community.models import (
    HomePage,
    PracticeCollectionItem,
    PracticeCollectionPage,
    PracticeIndexPage,
    PracticePage,
)
from forum.models import ForumIndexPage, ForumPage
from forum.sessions.models import SessionPage, SessionSpeaker
from tests.community.admin_forms import admin_form_data
from tests.community.practice_factories import make_practice, practice_index
from tests.factories import AgencyFactory, member_with_profile
from tests.forum.factories import forum_index, make_forum, make_thread
from tests.forum.sessions.helpers import make_session

# Practice pages show related content found through the search index: start it empty.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]

REVIEW_WORKFLOW = "Tinjauan editor"
PROJECT_APPS = {"community", "forum", "search"}
DRAFT_TITLE = "Judul Draf Pratinjau"
EDITED_TITLE = "Judul Diubah Sebelum Disimpan"


def _form_data(html, form_id, page, **changes):
    return admin_form_data(html, form_id, page, title=EDITED_TITLE, **changes)


def _home():
    home = HomePage.objects.get()
    home.intro_heading = ""
    home.save()
    make_practice("Praktik Unggulan Beranda", tags=["beranda"], is_featured=True)
    return home


def _index():
    make_practice("Praktik Dalam Daftar", tags=["daftar"])
    return practice_index()


def _collection():
    first, second = make_practice("Praktik Koleksi Satu"), make_practice("Praktik Koleksi Dua")
    collection = PracticeCollectionPage(title="Koleksi Uji", slug="koleksi-uji", intro="<p>Pilihan.</p>")
    practice_index().add_child(instance=collection)
    for practice in (first, second):
        collection.items.add(PracticeCollectionItem(practice=practice))
    collection.save()
    collection.save_revision().publish()
    return PracticeCollectionPage.objects.get(pk=collection.pk)


def _practice():
    author = member_with_profile(username="penulis", display_name="Penulis Praktik")
    related = make_practice("Praktik Terkait Publik")
    return make_practice(
        "Praktik Belum Terbit",
        live=False,
        agency=AgencyFactory(),
        tags=["stunting", "posyandu"],
        authors=[author],
        related=[related],
        outcomes=[("Balita tercatat", "60%", "98%")],
        body=[("heading", {"text": "Latar belakang"}), ("paragraph", "<p>Kader dilatih.</p>")],
    )


def _forum_index():
    make_thread(make_forum("Forum Pratinjau Indeks"), title="Utas di indeks")
    return forum_index()


def _forum():
    moderator = member_with_profile(username="moderator_pratinjau", display_name="Moderator Pratinjau")
    forum = make_forum(
        "Forum Pratinjau", moderators=[moderator], tags=["kesehatan"], host_agency=AgencyFactory()
    )
    make_thread(forum, title="Utas dalam forum", replies=2)
    return forum


def _session():
    speaker = member_with_profile(username="pembicara_pratinjau", display_name="Pembicara Pratinjau")
    session = make_session(make_forum("Forum Sesi Pratinjau"), host_agency=AgencyFactory())
    session.speakers.add(SessionSpeaker(member=speaker.profile, topic="Pengalaman lapangan"))
    session.save()
    session.save_revision().publish()
    return SessionPage.objects.get(pk=session.pk)


@dataclass(frozen=True)
class PreviewCase:
    make_page: object  # () -> a saved page with the related content its template shows
    addable: bool = True  # False for singletons (max_count = 1) that cannot be added again
    parent: object = practice_index  # () -> where a new page of this type is added
    fields: dict = None  # what an editor must type into the add form besides the title


PREVIEW_CASES = {
    HomePage: PreviewCase(_home, addable=False),
    PracticeIndexPage: PreviewCase(_index, addable=False),
    PracticeCollectionPage: PreviewCase(_collection),
    PracticePage: PreviewCase(_practice),
    ForumIndexPage: PreviewCase(_forum_index, addable=False),
    ForumPage: PreviewCase(_forum, parent=forum_index),
    SessionPage: PreviewCase(
        _session,
        parent=lambda: ForumPage.objects.get(title="Forum Sesi Pratinjau"),
        fields={
            "theme": "Berbagi praktik posyandu",
            "start_at": "2027-01-14 09:00",
            "duration_minutes": "90",
            "jp_value": "1.5",
        },
    ),
}
ADDABLE = [model for model, case in PREVIEW_CASES.items() if case.addable]


def _draft(model, state, editor):
    """A page of `model` whose latest revision is an unpublished draft, sent to review if asked."""
    page = PREVIEW_CASES[model].make_page().specific
    page.title = DRAFT_TITLE
    page.save_revision(user=editor)
    if state == "in_review":
        Workflow.objects.get(name=REVIEW_WORKFLOW).start(page, editor)
    return model.objects.get(pk=page.pk)


def test_every_page_type_has_a_preview_case():
    project_page_models = {
        model
        for model in get_page_models()
        if apps.get_app_config(model._meta.app_label).name.split(".")[0] in PROJECT_APPS
    }

    assert project_page_models == set(PREVIEW_CASES)


@pytest.mark.parametrize("state", ["draft", "in_review"])
@pytest.mark.parametrize("model", list(PREVIEW_CASES), ids=lambda model: model.__name__)
def test_an_editor_views_the_draft_of_every_page_type(editor, editor_client, model, state):
    page = _draft(model, state, editor)

    response = editor_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))

    assert response.status_code == 200
    assert DRAFT_TITLE in response.content.decode()


@pytest.mark.parametrize("state", ["draft", "in_review"])
@pytest.mark.parametrize("model", list(PREVIEW_CASES), ids=lambda model: model.__name__)
def test_an_editor_previews_unsaved_edits_to_every_page_type(editor, editor_client, model, state):
    page = _draft(model, state, editor)
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    data = _form_data(edit.content.decode(), "page-edit-form", page.get_latest_revision_as_object())
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    sent = editor_client.post(preview_url, data)
    response = editor_client.get(preview_url)

    assert sent.json() == {"is_valid": True, "is_available": True}
    assert response.status_code == 200
    assert EDITED_TITLE in response.content.decode()


@pytest.mark.parametrize("model", list(PREVIEW_CASES), ids=lambda model: model.__name__)
def test_an_editor_previews_a_page_in_review_from_its_task(editor, editor_client, model):
    page = _draft(model, "in_review", editor)
    task = page.current_workflow_state.current_task_state.task

    response = editor_client.get(reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk]))

    assert response.status_code == 200
    assert DRAFT_TITLE in response.content.decode()


@pytest.mark.parametrize("model", ADDABLE, ids=lambda model: model.__name__)
def test_an_editor_previews_a_page_of_every_addable_type_before_creating_it(editor, editor_client, model):
    PREVIEW_CASES[model].make_page()
    parent = PREVIEW_CASES[model].parent()
    names = (model._meta.app_label, model._meta.model_name, parent.pk)
    add = editor_client.get(reverse("wagtailadmin_pages:add", args=names))
    data = _form_data(add.content.decode(), "page-edit-form", model(), **(PREVIEW_CASES[model].fields or {}))
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=names)

    sent = editor_client.post(preview_url, data)
    response = editor_client.get(preview_url)

    assert sent.json() == {"is_valid": True, "is_available": True}
    assert response.status_code == 200
    assert EDITED_TITLE in response.content.decode()


def test_an_editor_previews_a_practice_a_member_submitted(member, member_client, editor_client):
    agency = AgencyFactory()
    response = member_client.post(
        "/praktik-baik/kirim/",
        {
            "title": "Posyandu Digital Kiriman Anggota",
            "summary": "Kader mencatat di ponsel.",
            "body": "## Latar belakang\n\nCatatan kertas hilang.",
            "agency": agency.pk,
            "region": agency.region.pk,
            "government_affair": "kesehatan",
            "tags": "stunting, posyandu",
            "status": "berjalan",
        },
    )
    assert response.status_code == 302
    practice = PracticePage.objects.get(title="Posyandu Digital Kiriman Anggota")
    assert practice.current_workflow_state is not None

    draft = editor_client.get(reverse("wagtailadmin_pages:view_draft", args=[practice.pk]))
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[practice.pk]))
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[practice.pk])
    editor_client.post(
        preview_url,
        _form_data(edit.content.decode(), "page-edit-form", practice.get_latest_revision_as_object()),
    )
    preview = editor_client.get(preview_url)

    assert draft.status_code == 200
    assert "Posyandu Digital Kiriman Anggota" in draft.content.decode()
    assert "Catatan kertas hilang." in draft.content.decode()
    assert preview.status_code == 200
    assert EDITED_TITLE in preview.content.decode()
    assert Page.objects.get(pk=practice.pk).live is False
