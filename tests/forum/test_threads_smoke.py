"""A first pass through the forum: /forum/, a forum page, a thread page, a permalink."""

from forum.models import Post


def test_the_forum_index_lists_a_public_forum_with_its_counts(anonymous, thread):
    response = anonymous.get("/forum/")
    assert response.status_code == 200
    assert "Forum Kesehatan" in response.text
    assert "1 diskusi" in response.text or "1 thread" in response.text


def test_a_thread_page_shows_the_question_and_the_reply(anonymous, thread):
    response = anonymous.get(thread.get_absolute_url())
    assert response.status_code == 200
    assert "<strong>stunting</strong>" in response.text
    assert "e-PPGBM" in response.text


def test_a_post_permalink_redirects_to_its_place_in_the_thread(anonymous, thread):
    reply = Post.objects.get(thread=thread, position=2)
    response = anonymous.get(f"/p/{reply.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"{thread.get_absolute_url()}#post-2"


def test_the_forum_page_lists_its_threads(anonymous, thread):
    response = anonymous.get("/forum/kesehatan/")
    assert response.status_code == 200
    assert thread.title in response.text
