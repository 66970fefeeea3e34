"""Atom and RSS feeds per forum, per thread and per tag (threads): public content only, plain text escaped."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from forum import services
from tests.forum.factories import make_reply, make_thread

pytestmark = [pytest.mark.django_db]

ATOM = "{http://www.w3.org/2005/Atom}"


def atom_entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "summary": entry.findtext(f"{ATOM}summary"),
        }
        for entry in root.findall(f"{ATOM}entry")
    ]


def rss_titles(response):
    assert response.status_code == 200
    return [item.findtext("title") for item in ET.fromstring(response.content).iter("item")]


@pytest.fixture
def forum_threads(public_forum, members_forum, member, another_member):
    question = make_thread(
        public_forum,
        author=member,
        title="Cara validasi data stunting",
        body="Pakai **e-PPGBM**?",
        tags=["stunting"],
    )
    make_reply(question, author=another_member, body="Ya, validasi tiap bulan.")
    make_reply(question, author=another_member, body="Balasan yang disembunyikan moderator.", is_hidden=True)
    deleted = make_reply(question, author=another_member, body="Balasan yang ditarik penulisnya.")
    services.delete_post(by=another_member.profile, post=deleted)
    make_thread(public_forum, author=member, title="Spam tersembunyi", tags=["stunting"], is_hidden=True)
    make_thread(members_forum, author=member, title="Rahasia kepegawaian", tags=["stunting"])
    return question


def test_a_forum_feed_lists_its_visible_threads_in_atom_and_rss(anonymous, forum_threads, public_forum):
    entries = atom_entries(anonymous.get(reverse("forum_connect:forum_feed_atom", args=[public_forum.slug])))

    assert [entry["title"] for entry in entries] == ["Cara validasi data stunting"]
    assert entries[0]["link"].endswith(forum_threads.get_absolute_url())
    assert entries[0]["summary"] == "Pakai e-PPGBM?"
    assert rss_titles(anonymous.get(reverse("forum_connect:forum_feed_rss", args=[public_forum.slug]))) == [
        "Cara validasi data stunting"
    ]


def test_a_members_only_forum_has_no_feed(member_client, members_forum, forum_threads):
    # Feed readers have no session: even a member's request gets nothing.
    assert (
        member_client.get(reverse("forum_connect:forum_feed_atom", args=[members_forum.slug])).status_code
        == 404
    )


def test_a_thread_feed_lists_readable_posts_only(anonymous, forum_threads):
    thread = forum_threads
    url = reverse("forum_connect:thread_feed_atom", args=[thread.forum.slug, thread.pk, thread.slug])

    summaries = [entry["summary"] for entry in atom_entries(anonymous.get(url))]

    assert summaries == ["Ya, validasi tiap bulan.", "Pakai e-PPGBM?"]


def test_feeds_of_hidden_or_members_only_threads_answer_404(anonymous, public_forum, members_forum, member):
    hidden = make_thread(public_forum, author=member, title="Disembunyikan", is_hidden=True)
    secret = make_thread(members_forum, author=member, title="Rahasia")

    for thread in (hidden, secret):
        url = reverse("forum_connect:thread_feed_rss", args=[thread.forum.slug, thread.pk, thread.slug])
        assert anonymous.get(url).status_code == 404


def test_a_tag_feed_lists_public_threads_with_that_tag(anonymous, forum_threads):
    entries = atom_entries(anonymous.get(reverse("forum_connect:tag_feed_atom", args=["stunting"])))

    assert [entry["title"] for entry in entries] == ["Cara validasi data stunting"]


def test_markup_in_a_post_arrives_as_escaped_text_never_as_html(anonymous, public_forum, member):
    make_thread(
        public_forum,
        author=member,
        title="Formulir <b>pengaduan</b>",
        body='Coba `<script>alert("x")</script>` dan <img src=x onerror=alert(1)> di formulir.',
    )

    response = anonymous.get(reverse("forum_connect:forum_feed_atom", args=[public_forum.slug]))
    [entry] = atom_entries(response)

    # The summary is HTML (type="html") whose text is the post's words: a reader shows the
    # characters "<script>", it never runs them; the raw tag never appears in the feed.
    assert "<script>" not in response.content.decode()
    assert "&lt;script&gt;" in entry["summary"]
    assert "<img" not in entry["summary"] and "onerror" not in entry["summary"]
