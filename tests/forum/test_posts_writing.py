"""Starting threads and replying: preview, errors that keep the text, double-clicks, locks and bad input."""

import pytest

from forum.models import ForumPage, Post, Thread
from tests.forum.factories import form_token, make_thread

pytestmark = pytest.mark.django_db


def _new_thread(client, forum, **data):
    page = client.get(f"/forum/{forum.slug}/baru/")
    fields = {
        "title": "Cara menghitung prevalensi stunting?",
        "body": "Mohon pencerahan.",
        "tags": "stunting",
    }
    fields.update({"token": form_token(page)}, **data)
    return client.post(f"/forum/{forum.slug}/baru/", fields)


def test_a_member_starts_a_thread_and_the_forum_counts_it(member_client, public_forum):
    response = _new_thread(member_client, public_forum, tags="stunting, gizi buruk")
    thread = Thread.objects.get()
    assert response.status_code == 302 and response["Location"] == thread.get_absolute_url()
    assert thread.title == "Cara menghitung prevalensi stunting?"
    assert sorted(tag.name for tag in thread.tags.all()) == ["gizi buruk", "stunting"]
    forum = ForumPage.objects.get(pk=public_forum.pk)
    assert (forum.thread_count, forum.post_count) == (1, 1)
    assert forum.last_activity_at is not None
    page = member_client.get(thread.get_absolute_url())
    assert "Mohon pencerahan." in page.text


def test_preview_shows_the_rendered_post_without_posting(member_client, public_forum):
    response = _new_thread(member_client, public_forum, body="**Tebal** dan `kode`", pratinjau="1")
    assert response.status_code == 200
    assert "<strong>Tebal</strong>" in response.text and "<code>kode</code>" in response.text
    assert "**Tebal** dan `kode`</textarea>" in response.text
    assert not Thread.objects.exists()


def test_a_failed_submission_keeps_what_was_typed(member_client, public_forum):
    response = _new_thread(
        member_client, public_forum, title="   \u200b\u200b  ", body="Teks panjang yang saya ketik."
    )
    assert response.status_code == 200
    assert "Tulis judul diskusi Anda." in response.text
    assert "Teks panjang yang saya ketik.</textarea>" in response.text
    assert not Thread.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": ""}, "Tulis judul diskusi Anda."),
        ({"title": "\u200b\u200c\u200d\ufeff"}, "Tulis judul diskusi Anda."),
        ({"title": "j" * 500}, "Judul paling banyak 200 karakter"),
        ({"body": ""}, "Tulis sesuatu sebelum mengirim."),
        ({"body": " \n\u200b\n "}, "Tulis sesuatu sebelum mengirim."),
        ({"body": "x" * 100_000}, "Tulisan paling banyak 20000 karakter"),
        ({"tags": "a, b, c, d, e, f"}, "Paling banyak 5 tag."),
    ],
)
def test_bad_thread_input_gets_a_clear_message_and_changes_nothing(
    member_client, public_forum, data, message
):
    response = _new_thread(member_client, public_forum, **data)
    assert response.status_code == 200
    assert message in response.text
    assert not Thread.objects.exists()


def test_a_double_click_on_post_thread_makes_one_thread(member_client, public_forum):
    page = member_client.get(f"/forum/{public_forum.slug}/baru/")
    data = {"title": "Sekali saja", "body": "Isi", "token": form_token(page)}
    first = member_client.post(f"/forum/{public_forum.slug}/baru/", data)
    second = member_client.post(f"/forum/{public_forum.slug}/baru/", data)
    assert Thread.objects.count() == 1
    assert first["Location"] == second["Location"] == Thread.objects.get().get_absolute_url()


def test_a_member_replies_and_lands_on_the_reply(another_member_client, thread):
    page = another_member_client.get(thread.get_absolute_url() + "?halaman=1")
    response = another_member_client.post(
        f"/forum/diskusi/{thread.pk}/balas/", {"body": "Coba cek dashboard.", "token": form_token(page)}
    )
    post = Post.objects.get(thread=thread, position=3)
    assert response["Location"] == f"{thread.get_absolute_url()}?halaman=1#post-3"
    assert post.body_html == "<p>Coba cek dashboard.</p>"
    thread.refresh_from_db()
    assert thread.reply_count == 2 and thread.last_post_id == post.pk
    assert ForumPage.objects.get(pk=thread.forum_id).post_count == 3


def test_a_double_click_on_post_reply_posts_once(another_member_client, thread):
    page = another_member_client.get(thread.get_absolute_url() + "?halaman=1")
    data = {"body": "Sekali saja.", "token": form_token(page)}
    first = another_member_client.post(f"/forum/diskusi/{thread.pk}/balas/", data)
    second = another_member_client.post(f"/forum/diskusi/{thread.pk}/balas/", data)
    assert Post.objects.filter(thread=thread, body_markdown="Sekali saja.").count() == 1
    assert first["Location"] == second["Location"]


def test_the_same_reply_resent_without_a_token_within_seconds_posts_once(another_member_client, thread):
    for _ in range(2):
        another_member_client.post(f"/forum/diskusi/{thread.pk}/balas/", {"body": "Tanpa token."})
    assert Post.objects.filter(thread=thread, body_markdown="Tanpa token.").count() == 1


def test_reply_preview_renders_and_keeps_the_text(another_member_client, thread):
    response = another_member_client.post(
        f"/forum/diskusi/{thread.pk}/balas/", {"body": "| a | b |\n|---|---|\n| 1 | 2 |", "pratinjau": "1"}
    )
    assert response.status_code == 200
    assert "<td>1</td>" in response.text
    assert Post.objects.filter(thread=thread).count() == 2


def test_an_empty_reply_is_refused_with_a_message(another_member_client, thread):
    response = another_member_client.post(f"/forum/diskusi/{thread.pk}/balas/", {"body": "   "})
    assert response.status_code == 200
    assert "Tulis sesuatu sebelum mengirim." in response.text
    assert Post.objects.filter(thread=thread).count() == 2


def test_quote_prefills_the_reply_with_a_link_to_the_quoted_post(member_client, thread):
    quoted = Post.objects.get(thread=thread, position=2)
    response = member_client.get(f"/forum/diskusi/{thread.pk}/balas/?kutip={quoted.pk}")
    assert response.status_code == 200
    assert f"&gt; [@budi](/p/{quoted.pk}/) menulis:" in response.text
    assert f'name="reply_to" value="{quoted.pk}"' in response.text


def test_a_forged_quote_or_reply_to_id_is_ignored(member_client, thread, other_forum):
    foreign = make_thread(other_forum).posts.get()
    response = member_client.get(f"/forum/diskusi/{thread.pk}/balas/?kutip={foreign.pk}")
    assert response.status_code == 200 and "menulis:" not in response.text
    member_client.post(f"/forum/diskusi/{thread.pk}/balas/", {"body": "Balasan.", "reply_to": foreign.pk})
    assert Post.objects.get(thread=thread, position=3).reply_to_id is None
    member_client.post(
        f"/forum/diskusi/{thread.pk}/balas/", {"body": "Lagi.", "reply_to": "99999999999999999999"}
    )
    assert Post.objects.get(thread=thread, position=4).reply_to_id is None


def test_replying_to_a_locked_thread_is_refused(another_member_client, thread):
    Thread.objects.filter(pk=thread.pk).update(is_locked=True)
    response = another_member_client.post(f"/forum/diskusi/{thread.pk}/balas/", {"body": "Masih bisa?"})
    assert response.status_code == 403
    assert "Diskusi ini dikunci" in response.text
    assert Post.objects.filter(thread=thread).count() == 2
    page = another_member_client.get(thread.get_absolute_url() + "?halaman=1")
    assert 'name="body"' not in page.text and "Diskusi ini dikunci" in page.text


def test_the_forums_moderator_may_still_reply_to_a_locked_thread(forum_moderator_client, thread):
    Thread.objects.filter(pk=thread.pk).update(is_locked=True)
    response = forum_moderator_client.post(
        f"/forum/diskusi/{thread.pk}/balas/", {"body": "Catatan moderator."}
    )
    assert response.status_code == 302
    assert Post.objects.filter(thread=thread).count() == 3


def test_replying_to_a_thread_that_does_not_exist_is_not_found(member_client):
    assert member_client.post("/forum/diskusi/987654/balas/", {"body": "Halo"}).status_code == 404


def test_anonymous_readers_are_sent_to_sign_in_before_writing(anonymous, thread, public_forum):
    assert anonymous.get(f"/forum/{public_forum.slug}/baru/")["Location"].startswith("/akun/")
    response = anonymous.post(f"/forum/diskusi/{thread.pk}/balas/", {"body": "Halo"})
    assert response.status_code == 302 and "/akun/" in response["Location"]
    assert Post.objects.filter(thread=thread).count() == 2
