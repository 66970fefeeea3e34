"""Posts are Markdown through the one pipeline: mentions, quotes, code, tables, and nothing unsafe."""

from html.parser import HTMLParser

import pytest

from community.markdown import ALLOWED_TAGS
from forum import signals
from forum.markdown import MAX_MENTIONS, cap_nesting, quote_markdown, render_post
from forum.models import Post
from tests.factories import UserFactory
from tests.forum.factories import make_reply

pytestmark = pytest.mark.django_db


def test_a_mention_of_a_member_links_to_their_profile(another_member):
    html, mentioned = render_post("Terima kasih @budi, sangat membantu.")
    assert '<a href="/anggota/budi/" rel="nofollow noopener">@budi</a>' in html
    assert [profile.user.username for profile in mentioned] == ["budi"]


def test_a_mention_of_an_unknown_name_stays_plain_text(db):
    html, mentioned = render_post("Halo @tidak_ada_orangnya")
    assert "<a" not in html
    assert "@tidak_ada_orangnya" in html
    assert mentioned == []


def test_mentions_inside_code_are_not_links(another_member):
    html, mentioned = render_post("Ketik `@budi` atau\n\n```\n@budi\n```")
    assert "/anggota/budi/" not in html
    assert mentioned == []


def test_an_e_mail_address_is_not_a_mention(another_member):
    html, mentioned = render_post("Kirim ke admin@budi.go.id")
    assert mentioned == []


def test_a_thousand_mentions_link_and_announce_a_bounded_number(thread, member):
    users = [UserFactory(username=f"anggota_sebut{n}") for n in range(MAX_MENTIONS + 5)]
    body = " ".join(f"@{user.username}" for user in users) + " " + " ".join(f"@orang{n}" for n in range(1000))
    received = []

    def receiver(sender, post, profiles, **kwargs):
        received.append(list(profiles))

    signals.members_mentioned.connect(receiver)
    try:
        post = make_reply(thread, author=member, body=body)
    finally:
        signals.members_mentioned.disconnect(receiver)
    assert post.body_html.count('href="/anggota/') == MAX_MENTIONS
    assert len(received) == 1 and len(received[0]) == MAX_MENTIONS


def test_mentioning_yourself_announces_nobody(thread, member):
    received = []

    def receiver(sender, post, profiles, **kwargs):
        received.append(profiles)

    signals.members_mentioned.connect(receiver)
    try:
        make_reply(thread, author=member, body="Catatan untuk saya sendiri, @siti.")
    finally:
        signals.members_mentioned.disconnect(receiver)
    assert received == []


def test_code_blocks_and_tables_are_rendered():
    html, _ = render_post("```\nprint('halo')\n```\n\n| Kolom | Nilai |\n|---|---|\n| a | 1 |")
    assert "<pre><code>print('halo')\n</code></pre>" in html
    assert "<table>" in html and "<td>a</td>" in html


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '<a href="#" onclick="alert(1)">klik</a>',
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![gambar](javascript:alert(1))",
        "<iframe src='https://contoh.id'></iframe>",
        '<p style="background:url(javascript:alert(1))">x</p>',
    ],
)
def test_unsafe_markup_never_survives(text):
    html, _ = render_post(text)
    elements = _elements(html)
    assert {tag for tag, _attributes in elements} <= ALLOWED_TAGS
    for _tag, attributes in elements:
        for name, value in attributes:
            assert not name.startswith("on") and name != "style"
            if name == "href":
                assert value.startswith(("http://", "https://", "mailto:", "/"))


def test_html_typed_into_a_post_is_shown_as_text():
    html, _ = render_post("Pakai tag <b>tebal</b>?")
    assert html == "<p>Pakai tag &lt;b&gt;tebal&lt;/b&gt;?</p>"


def _elements(html):
    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collector().feed(html)
    return found


@pytest.mark.parametrize(
    "text",
    [
        ">" * 20_000,
        "> " * 10_000,
        "\n".join(">" * depth + " kutipan" for depth in range(1, 190)),
        "- " * 10_000,
        "1. " * 6_000,
        "\n".join("  " * depth + "- butir" for depth in range(1000)),
        "<blockquote>" * 1_500,
        "[" * 19_999,
        "*_" * 9_999,
    ],
    ids=[
        "quotes",
        "spaced-quotes",
        "deepening-quotes",
        "list-markers",
        "numbered",
        "indented",
        "html",
        "brackets",
        "emphasis",
    ],
)
def test_deep_nesting_and_pathological_text_render_without_crashing(text):
    html, _ = render_post(text)
    assert html.count("<blockquote>") <= 25
    assert html.count("<ul>") + html.count("<ol>") <= 25


def test_nesting_is_capped_line_by_line_keeping_the_words():
    capped = cap_nesting(">" * 500 + " kata terakhir")
    assert capped.endswith("kata terakhir")
    assert capped.count(">") == 8


def test_a_quote_links_to_the_quoted_posts_permalink(thread):
    quoted = Post.objects.get(thread=thread, position=2)
    markdown = quote_markdown(quoted)
    html, _ = render_post(markdown + "Setuju.")
    assert f'href="/p/{quoted.pk}/"' in html
    assert "<blockquote>" in html and "e-PPGBM" in html
    assert "menulis" in html
