"""Who may open or do what in the forum: every role against every forum URL and action.

Roles: an anonymous reader; `member` (Siti, who asked the question); `another_member`
(Budi, who answered); the moderator of this forum; the moderator of another forum;
an editor. "login" means the reader is sent to sign in; 404 is used where the
thing must stay secret, 403 where it may be known but the action is not allowed.
A refused action never changes anything.
"""

import pytest

from forum.models import Post, Reaction, Thread
from forum.services import edit_post
from tests.forum.factories import make_reply, make_thread, opening_post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_new_account_limit(settings):
    """Every role here posts many times from an account made a moment ago: this matrix is about
    who may do what, so the new accounts' posting limit (tested in test_moderation_limits*) is off."""
    settings.SIMPUL_FORUM_NEW_ACCOUNT_DAYS = 0


ROLES = ["anonymous", "member", "another_member", "forum_moderator", "other_moderator", "editor"]


def _expect(anonymous, member, another_member, forum_moderator, other_moderator, editor):
    return dict(
        zip(ROLES, [anonymous, member, another_member, forum_moderator, other_moderator, editor], strict=True)
    )


# action: (method, url template, expected per role)
MATRIX = {
    "forum index": ("get", "/forum/", _expect(200, 200, 200, 200, 200, 200)),
    "public forum page": ("get", "/forum/kesehatan/", _expect(200, 200, 200, 200, 200, 200)),
    "members-only forum page": ("get", "/forum/kepegawaian/", _expect(404, 200, 200, 200, 200, 200)),
    "public thread": ("get", "{thread_url}?halaman=1", _expect(200, 200, 200, 200, 200, 200)),
    "members-only thread": ("get", "{members_thread_url}?halaman=1", _expect(404, 200, 200, 200, 200, 200)),
    "hidden thread": ("get", "{hidden_thread_url}?halaman=1", _expect(404, 404, 404, 200, 404, 200)),
    "permalink": ("get", "/p/{reply}/", _expect(302, 302, 302, 302, 302, 302)),
    "hidden post permalink": ("get", "/p/{hidden_post}/", _expect(404, 404, 404, 302, 404, 302)),
    "members-only post permalink": ("get", "/p/{members_post}/", _expect(404, 302, 302, 302, 302, 302)),
    "new thread form": ("get", "/forum/kesehatan/baru/", _expect("login", 200, 200, 200, 200, 200)),
    "new thread in members-only forum": (
        "get",
        "/forum/kepegawaian/baru/",
        _expect("login", 200, 200, 200, 200, 200),
    ),
    "start a thread": ("post_thread", "/forum/kesehatan/baru/", _expect("login", 302, 302, 302, 302, 302)),
    "reply": ("post_reply", "/forum/diskusi/{thread}/balas/", _expect("login", 302, 302, 302, 302, 302)),
    "reply to a locked thread": (
        "post_reply",
        "/forum/diskusi/{locked_thread}/balas/",
        _expect("login", 403, 403, 302, 403, 403),
    ),
    "reply to a hidden thread": (
        "post_reply",
        "/forum/diskusi/{hidden_thread}/balas/",
        _expect("login", 404, 404, 403, 404, 403),
    ),
    "reply in a members-only forum": (
        "post_reply",
        "/forum/diskusi/{members_thread}/balas/",
        _expect("login", 302, 302, 302, 302, 302),
    ),
    "edit the question": ("get", "/p/{question}/ubah/", _expect("login", 200, 403, 200, 403, 403)),
    "save an edit of the question": (
        "post_edit",
        "/p/{question}/ubah/",
        _expect("login", 302, 403, 302, 403, 403),
    ),
    "delete the answer": ("post", "/p/{reply}/hapus/", _expect("login", 403, 302, 302, 403, 403)),
    "edit history": ("get", "/p/{question}/riwayat/", _expect(403, 200, 403, 200, 403, 200)),
    "mark the solution": ("post_solution", "/p/{reply}/solusi/", _expect("login", 302, 403, 302, 403, 403)),
    "find the answer helpful": ("post", "/p/{reply}/bermanfaat/", _expect("login", 302, 403, 302, 302, 302)),
    "find a hidden post helpful": (
        "post",
        "/p/{hidden_post}/bermanfaat/",
        _expect("login", 404, 404, 403, 404, 403),
    ),
}


@pytest.fixture
def world(thread, members_forum, other_forum, member, another_member, editor, forum_moderator):
    question = opening_post(thread)
    edit_post(editor=member.profile, post=question, body="Kami kesulitan memvalidasi data stunting.")
    reply = Post.objects.get(thread=thread, position=2)
    members_thread = make_thread(members_forum, author=member, title="Rahasia kepegawaian")
    hidden_thread = make_thread(thread.forum, author=member, title="Disembunyikan", is_hidden=True)
    locked_thread = make_thread(thread.forum, author=member, title="Dikunci", is_locked=True)
    hidden_post = make_reply(thread, author=member, body="Tersembunyi", is_hidden=True)
    return {
        "thread": thread.pk,
        "thread_url": thread.get_absolute_url(),
        "question": question.pk,
        "reply": reply.pk,
        "members_thread": members_thread.pk,
        "members_thread_url": members_thread.get_absolute_url(),
        "members_post": opening_post(members_thread).pk,
        "hidden_thread": hidden_thread.pk,
        "hidden_thread_url": hidden_thread.get_absolute_url(),
        "locked_thread": locked_thread.pk,
        "hidden_post": hidden_post.pk,
    }


def _client(request, role, client_factory):
    if role == "anonymous":
        return client_factory()
    client = client_factory()
    client.force_login(request.getfixturevalue(role))
    return client


def _state():
    return (
        sorted(Post.objects.values_list("pk", "body_markdown", "is_deleted", "is_hidden")),
        sorted(Thread.objects.values_list("pk", "title", "solution_id")),
        Reaction.objects.count(),
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(MATRIX))
def test_access(request, client_factory, world, role, action):
    method, template, expected = MATRIX[action]
    client = _client(request, role, client_factory)
    url = template.format(**world)
    before = _state()
    if method == "get":
        response = client.get(url)
    elif method == "post":
        response = client.post(url)
    elif method == "post_thread":
        response = client.post(url, {"title": "Topik baru", "body": "Isi topik baru"})
    elif method == "post_reply":
        response = client.post(url, {"body": "Balasan baru dari matriks"})
    elif method == "post_edit":
        response = client.post(url, {"title": "Judul diubah", "body": "Isi diubah", "tags": ""})
    elif method == "post_solution":
        response = client.post(url, {"aksi": "tandai"})
    want = expected[role]
    if want == "login":
        assert response.status_code == 302 and response["Location"].startswith("/akun/login/")
    else:
        assert response.status_code == want
    if want in ("login", 403, 404):
        assert _state() == before, "a refused action changed something"
    if response.status_code == 200 and method == "get":
        text = response.content.decode()
        secret = {"Tersembunyi"} if want == 200 and role not in ("forum_moderator", "editor") else set()
        for word in secret:
            assert word not in text
