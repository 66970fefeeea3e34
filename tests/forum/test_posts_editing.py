"""Editing (with history), soft deleting, marking the solution and finding posts helpful."""

import pytest

from forum import signals
from forum.models import Post, PostRevision, Reaction, Thread
from tests.forum.factories import make_reply, opening_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def reply(thread):
    return Post.objects.get(thread=thread, position=2)


def test_an_author_edits_a_post_and_the_earlier_text_is_kept(another_member_client, reply):
    response = another_member_client.post(f"/p/{reply.pk}/ubah/", {"body": "Kami memakai e-PPGBM versi 3."})
    assert response.status_code == 302
    reply.refresh_from_db()
    assert reply.body_html == "<p>Kami memakai e-PPGBM versi 3.</p>"
    assert reply.edited_at is not None
    assert list(PostRevision.objects.filter(post=reply).values_list("body_markdown", flat=True)) == [
        "Kami memakai e-PPGBM dan validasi bulanan."
    ]


def test_an_edited_post_is_marked_and_its_history_is_for_author_and_moderators(
    another_member_client, member_client, forum_moderator_client, anonymous, reply, thread
):
    another_member_client.post(f"/p/{reply.pk}/ubah/", {"body": "Teks baru."})
    page = member_client.get(thread.get_absolute_url() + "?halaman=1")
    assert "diedit" in page.text
    assert f"/p/{reply.pk}/riwayat/" not in page.text
    assert (
        f"/p/{reply.pk}/riwayat/" in another_member_client.get(thread.get_absolute_url() + "?halaman=1").text
    )
    for client in (another_member_client, forum_moderator_client):
        history = client.get(f"/p/{reply.pk}/riwayat/")
        assert history.status_code == 200
        assert "Kami memakai e-PPGBM dan validasi bulanan." in history.text
    assert member_client.get(f"/p/{reply.pk}/riwayat/").status_code == 403
    assert anonymous.get(f"/p/{reply.pk}/riwayat/").status_code == 403


def test_saving_the_same_text_makes_no_revision(another_member_client, reply):
    another_member_client.post(f"/p/{reply.pk}/ubah/", {"body": reply.body_markdown})
    reply.refresh_from_db()
    assert reply.edited_at is None and not PostRevision.objects.exists()


def test_editing_the_opening_post_can_change_the_title_and_tags(member_client, thread):
    post = opening_post(thread)
    form = member_client.get(f"/p/{post.pk}/ubah/")
    assert 'value="Bagaimana cara validasi data stunting?"' in form.text
    member_client.post(
        f"/p/{post.pk}/ubah/", {"title": "Validasi data stunting", "body": "Teks", "tags": "gizi"}
    )
    thread.refresh_from_db()
    assert thread.title == "Validasi data stunting"
    assert [tag.name for tag in thread.tags.all()] == ["gizi"]


def test_an_edit_with_bad_input_keeps_the_text_and_changes_nothing(another_member_client, reply):
    response = another_member_client.post(f"/p/{reply.pk}/ubah/", {"body": "x" * 20_001})
    assert response.status_code == 200
    assert "Tulisan paling banyak 20000 karakter" in response.text
    reply.refresh_from_db()
    assert reply.body_markdown == "Kami memakai e-PPGBM dan validasi bulanan."


def test_nobody_edits_or_deletes_someone_elses_post(member_client, reply):
    assert member_client.get(f"/p/{reply.pk}/ubah/").status_code == 403
    assert member_client.post(f"/p/{reply.pk}/ubah/", {"body": "Diganti orang lain"}).status_code == 403
    assert member_client.post(f"/p/{reply.pk}/hapus/").status_code == 403
    reply.refresh_from_db()
    assert reply.body_markdown == "Kami memakai e-PPGBM dan validasi bulanan." and not reply.is_deleted


def test_an_edit_announces_only_newly_mentioned_members(
    another_member_client, reply, member, forum_moderator
):
    received = []

    def receiver(sender, post, profiles, **kwargs):
        received.append(sorted(profile.user.username for profile in profiles))

    signals.members_mentioned.connect(receiver)
    try:
        another_member_client.post(f"/p/{reply.pk}/ubah/", {"body": "Halo @siti"})
        another_member_client.post(f"/p/{reply.pk}/ubah/", {"body": "Halo @siti dan @rina_moderator"})
    finally:
        signals.members_mentioned.disconnect(receiver)
    assert received == [["siti"], ["rina_moderator"]]


def test_a_deleted_post_leaves_a_placeholder_without_its_text(
    another_member_client, member_client, reply, thread
):
    confirm = another_member_client.get(f"/p/{reply.pk}/hapus/")
    assert confirm.status_code == 200
    response = another_member_client.post(f"/p/{reply.pk}/hapus/")
    assert response.status_code == 302
    reply.refresh_from_db()
    assert reply.is_deleted and reply.deleted_at is not None
    page = member_client.get(thread.get_absolute_url() + "?halaman=1")
    assert "post dihapus" in page.text
    assert "e-PPGBM" not in page.text
    assert (
        f"/p/{reply.pk}/ubah/" not in another_member_client.get(thread.get_absolute_url() + "?halaman=1").text
    )


def test_deleting_twice_changes_nothing(another_member_client, reply):
    another_member_client.post(f"/p/{reply.pk}/hapus/")
    deleted_at = Post.objects.get(pk=reply.pk).deleted_at
    response = another_member_client.post(f"/p/{reply.pk}/hapus/")
    assert response.status_code == 302
    assert Post.objects.get(pk=reply.pk).deleted_at == deleted_at


def test_the_thread_author_marks_a_reply_as_the_solution(member_client, anonymous, reply, thread):
    response = member_client.post(f"/p/{reply.pk}/solusi/", {"aksi": "tandai"})
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.solution_id == reply.pk
    page = anonymous.get(thread.get_absolute_url())
    assert "Solusi yang diterima" in page.text
    # Right under the question: before the list of replies.
    assert page.text.index("Solusi yang diterima") < page.text.index('id="post-2"')


def test_marking_twice_keeps_the_solution_and_unmarking_takes_it_back(member_client, reply, thread):
    for _ in range(2):
        member_client.post(f"/p/{reply.pk}/solusi/", {"aksi": "tandai"})
    assert Thread.objects.get(pk=thread.pk).solution_id == reply.pk
    member_client.post(f"/p/{reply.pk}/solusi/", {"aksi": "batal"})
    assert Thread.objects.get(pk=thread.pk).solution_id is None


def test_the_forums_moderator_may_mark_the_solution(forum_moderator_client, reply, thread):
    forum_moderator_client.post(f"/p/{reply.pk}/solusi/", {"aksi": "tandai"})
    assert Thread.objects.get(pk=thread.pk).solution_id == reply.pk


def test_others_cannot_mark_the_solution(another_member_client, other_moderator_client, reply, thread):
    assert another_member_client.post(f"/p/{reply.pk}/solusi/", {"aksi": "tandai"}).status_code == 403
    assert other_moderator_client.post(f"/p/{reply.pk}/solusi/", {"aksi": "tandai"}).status_code == 403
    assert Thread.objects.get(pk=thread.pk).solution_id is None


def test_the_question_itself_cannot_be_the_solution(member_client, thread):
    post = opening_post(thread)
    assert member_client.post(f"/p/{post.pk}/solusi/", {"aksi": "tandai"}).status_code == 403
    assert Thread.objects.get(pk=thread.pk).solution_id is None


def test_deleting_the_solution_unmarks_it(member_client, another_member_client, reply, thread):
    member_client.post(f"/p/{reply.pk}/solusi/", {"aksi": "tandai"})
    another_member_client.post(f"/p/{reply.pk}/hapus/")
    assert Thread.objects.get(pk=thread.pk).solution_id is None


def test_a_member_finds_a_post_helpful_once_and_takes_it_back(member_client, reply, thread):
    for _ in range(2):
        assert member_client.post(f"/p/{reply.pk}/bermanfaat/", {"aksi": "tambah"}).status_code == 302
    assert Reaction.objects.filter(post=reply).count() == 1
    assert Post.objects.get(pk=reply.pk).reaction_count == 1
    page = member_client.get(thread.get_absolute_url() + "?halaman=1")
    assert "1 anggota merasa ini bermanfaat" in page.text and ">siti</a>" in page.text
    member_client.post(f"/p/{reply.pk}/bermanfaat/", {"aksi": "batal"})
    member_client.post(f"/p/{reply.pk}/bermanfaat/", {"aksi": "batal"})
    assert not Reaction.objects.exists()
    assert Post.objects.get(pk=reply.pk).reaction_count == 0


def test_nobody_finds_their_own_post_helpful(another_member_client, reply):
    assert another_member_client.post(f"/p/{reply.pk}/bermanfaat/").status_code == 403
    assert not Reaction.objects.exists()


def test_a_reaction_is_announced_once(member_client, reply):
    received = []

    def receiver(sender, post, member, **kwargs):
        received.append((post.pk, member.user.username))

    signals.reaction_added.connect(receiver)
    try:
        member_client.post(f"/p/{reply.pk}/bermanfaat/")
        member_client.post(f"/p/{reply.pk}/bermanfaat/")
    finally:
        signals.reaction_added.disconnect(receiver)
    assert received == [(reply.pk, "siti")]


def test_forged_post_ids_are_not_found(member_client):
    for url in ("/p/999999/", "/p/999999/ubah/", "/p/999999/hapus/", "/p/999999/riwayat/"):
        assert member_client.get(url).status_code == 404
    for url in ("/p/999999/solusi/", "/p/999999/bermanfaat/"):
        assert member_client.post(url).status_code == 404


def test_a_locked_thread_keeps_its_posts_as_they_are(another_member_client, reply, thread):
    Thread.objects.filter(pk=thread.pk).update(is_locked=True)
    assert another_member_client.post(f"/p/{reply.pk}/ubah/", {"body": "Ubah"}).status_code == 403
    assert Post.objects.get(pk=reply.pk).edited_at is None


def test_a_reply_after_another_is_numbered_after_it(thread, member):
    post = make_reply(thread, author=member, body="Ketiga")
    assert post.position == 3
