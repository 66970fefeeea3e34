"""Knowledge capture: an editor turns a thread into a draft practice that goes through review.

End to end through the test client: the editor's button on the thread page,
the prefilled form, the draft in the review workflow, its approval in the
Wagtail admin, and "dijadikan praktik baik" on the thread once published.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import WorkflowState

from community.models import PracticePage
from forum import services
from forum.models import Thread
from tests.factories import AgencyFactory, fill_profile
from tests.forum.factories import make_reply, make_thread

pytestmark = [pytest.mark.django_db]


def page(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def solved_thread(public_forum, member, another_member):
    fill_profile(member, display_name="Siti Aminah", agency=AgencyFactory(name="Dinas Kesehatan Kota Ambon"))
    fill_profile(another_member, display_name="Budi Santoso")
    thread = make_thread(
        public_forum,
        author=member,
        title="Imunisasi kejar di pulau kecil",
        body="Cakupan imunisasi di gugus pulau kami masih rendah. Bagaimana menjadwalkannya?",
        tags=["imunisasi"],
    )
    answer = make_reply(
        thread, author=another_member, body="Gabungkan jadwal imunisasi dengan kapal logistik."
    )
    make_reply(thread, author=member, body="Terima kasih!")
    make_reply(thread, author=another_member, body="Teks yang disembunyikan moderator.", is_hidden=True)
    services.mark_solution(by=member.profile, thread=thread, post=answer)
    return Thread.objects.get(pk=thread.pk)


def capture_url(thread):
    return reverse("forum_connect:capture", args=[thread.pk])


def test_editors_see_the_capture_button_and_members_do_not(editor_client, member_client, solved_thread):
    button = f'href="{capture_url(solved_thread)}"'

    assert button in editor_client.get(solved_thread.get_absolute_url()).content.decode()
    assert button not in member_client.get(solved_thread.get_absolute_url()).content.decode()


def test_only_editors_may_open_the_capture_form(anonymous, member_client, solved_thread):
    assert anonymous.get(capture_url(solved_thread)).status_code == 302  # to sign in
    assert member_client.get(capture_url(solved_thread)).status_code == 403
    assert member_client.post(capture_url(solved_thread), {"title": "x"}).status_code == 403
    assert not PracticePage.objects.exists()


def test_the_form_is_prefilled_from_the_thread_without_hidden_posts(editor_client, solved_thread):
    form = page(editor_client.get(capture_url(solved_thread)))

    assert form.find("input", {"name": "title"})["value"] == "Imunisasi kejar di pulau kecil"
    assert "Cakupan imunisasi di gugus pulau" in form.find("textarea", {"name": "summary"}).get_text()
    checked = [
        box.find_parent("label").get_text(" ", strip=True)
        for box in form.select("input[name=posts][checked]")
    ]
    assert len(checked) == 2  # the question and the accepted solution
    assert "disembunyikan" not in form.get_text()


def test_capturing_creates_a_draft_in_review_crediting_the_authors_and_linking_back(
    editor_client, editor, solved_thread
):
    posts = solved_thread.posts.readable().order_by("position")
    chosen = [posts[0].pk, posts[1].pk]

    response = editor_client.post(
        capture_url(solved_thread),
        {
            "title": "Imunisasi Kejar Bersama Kapal Logistik",
            "summary": "Jadwal imunisasi di pulau kecil digabung dengan kapal logistik.",
            "government_affair": "kesehatan",
            "posts": chosen,
        },
    )

    practice = PracticePage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[practice.pk])
    assert practice.live is False
    assert practice.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert sorted(author.name for author in practice.authors.all()) == ["Budi Santoso", "Siti Aminah"]
    body = str(practice.body)
    assert solved_thread.get_absolute_url() in body
    assert "kapal logistik" in body
    assert "Terima kasih!" not in body  # not chosen
    assert Thread.objects.get(pk=solved_thread.pk).practice_id == practice.pk


def test_the_thread_shows_dijadikan_praktik_baik_only_once_the_practice_is_published(
    editor_client, editor, anonymous, solved_thread
):
    editor_client.post(
        capture_url(solved_thread),
        {
            "title": "Imunisasi Kejar Bersama Kapal Logistik",
            "summary": "Jadwal imunisasi di pulau kecil digabung dengan kapal logistik.",
            "government_affair": "kesehatan",
            "posts": [solved_thread.posts.get(position=1).pk],
        },
    )
    practice = PracticePage.objects.get()
    assert "Dijadikan praktik baik" not in anonymous.get(solved_thread.get_absolute_url()).content.decode()

    # The normal review: an editor approves the draft in the Wagtail admin, which publishes it.
    task_state = practice.current_workflow_state.current_task_state
    approved = editor_client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[practice.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert approved.status_code in (200, 302)
    practice.refresh_from_db()
    assert practice.live

    thread_page = page(anonymous.get(solved_thread.get_absolute_url()))
    notice = thread_page.select_one("p.captured-practice")
    assert "Dijadikan praktik baik" in notice.get_text()
    assert notice.find("a")["href"] == practice.url
    # And the practice points back to its discussion.
    assert solved_thread.title in anonymous.get(practice.url).content.decode()


def test_a_thread_is_captured_once(editor_client, solved_thread):
    data = {
        "title": "Praktik pertama",
        "summary": "Ringkasan.",
        "government_affair": "kesehatan",
        "posts": [solved_thread.posts.get(position=1).pk],
    }
    editor_client.post(capture_url(solved_thread), data)

    again = editor_client.post(capture_url(solved_thread), {**data, "title": "Praktik kedua"})

    assert again.status_code == 302
    assert PracticePage.objects.count() == 1


def test_bad_input_re_renders_with_what_the_editor_typed(editor_client, solved_thread, another_member):
    other_thread = make_thread(solved_thread.forum, author=another_member, title="Lain")
    foreign_post = other_thread.posts.get(position=1).pk

    response = editor_client.post(
        capture_url(solved_thread),
        {
            "title": "\u200b  ",
            "summary": "x" * 700,
            "government_affair": "bukan-urusan",
            "posts": [foreign_post],
        },
    )

    assert response.status_code == 400
    text = page(response).get_text()
    assert "Tulis judulnya." in text
    assert "x" * 700 in response.content.decode()
    assert not PracticePage.objects.exists()


def test_a_hidden_thread_cannot_be_captured(editor_client, solved_thread):
    Thread.objects.filter(pk=solved_thread.pk).update(is_hidden=True)

    assert editor_client.get(capture_url(solved_thread)).status_code == 403
