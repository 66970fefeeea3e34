"""Load the demo forums, threads and replies (idempotent: what exists is left alone).

Natural keys: a forum's slug under /forum/, a thread's title in its forum.
A thread that exists is not touched again, so running the seed twice adds
nothing and never undoes what demo users did since. Posts go through
forum.services like real ones (Markdown, mentions, counts); dates are then
spread over the last months so listings look lived-in. The search index is
written once at the end, in one batch.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone
from wagtail.models import Page

from community.demo.loader import Loaded
from community.models import Agency, HomePage, MemberProfile

from .. import services
from ..models import ForumIndexPage, ForumPage, Post, Reaction, Thread
from ..search import updates as search_updates
from . import followups, threads_digital, threads_kepegawaian, threads_kependudukan, threads_kesehatan
from .forums import FORUMS

THREADS_BY_FORUM = {
    "kesehatan": threads_kesehatan.THREADS,
    "kependudukan": threads_kependudukan.THREADS,
    "transformasi-digital": threads_digital.THREADS,
    "kepegawaian": threads_kepegawaian.THREADS,
}
#: The thread an editor wrote up as a practice (published), so "dijadikan praktik baik" shows.
CAPTURED = (
    "kesehatan",
    "Kader posyandu kewalahan mengisi dua aplikasi sekaligus, ada yang sudah menyatukan?",
)
CAPTURED_PRACTICE = {
    "title": "Satu Kali Catat untuk Kader Posyandu: Menyatukan Pencatatan Penimbangan",
    "summary": (
        "Kader posyandu cukup mencatat penimbangan satu kali: e-PPGBM menjadi sumber data, aplikasi desa "
        "dan kelurahan menarik rekap dari ekspor puskesmas, dan kesepakatan tertulis antar-OPD menghentikan "
        "permintaan format ganda. Disarikan dari diskusi di Forum Kesehatan."
    ),
    "government_affair": "kesehatan",
    "agency": "dinkes-makassar",
}
EDITOR_USERNAME = "editor"


def _profiles():
    return {p.user.username: p for p in MemberProfile.objects.select_related("user", "agency")}


def _forum_index():
    index = ForumIndexPage.objects.first()
    if index is not None:
        return index, False
    home = HomePage.objects.first() or Page.get_first_root_node()
    index = ForumIndexPage(
        title="Forum", slug="forum", intro="<p>Ruang diskusi komunitas praktik Simpul.</p>"
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index, True


def load_forums(profiles):
    report = Loaded("Forum")
    index, _created = _forum_index()
    agencies = {a.slug: a for a in Agency.objects.exclude(slug="")}
    for entry in FORUMS:
        forum = ForumPage.objects.child_of(index).filter(slug=entry["slug"]).first()
        if forum is None:
            forum = ForumPage(
                title=entry["title"],
                slug=entry["slug"],
                description=entry["description"],
                rules=entry["rules"],
                host_agency=agencies.get(entry["host"]),
                visibility=entry["visibility"],
            )
            index.add_child(instance=forum)
            forum.tags.set(entry["tags"])
            forum.moderators.set([profiles[name] for name in entry["moderators"] if name in profiles])
            forum.save()
            forum.save_revision().publish()
            forum = ForumPage.objects.get(pk=forum.pk)
            report.created += 1
        report.objects.append(forum)
    return report


def _mention(profile):
    return f"@{profile.user.username}"


def _first_sentence(text):
    head = text.split(". ")[0].rstrip(".")
    return head + "."


class _Conversation:
    """Builds one thread's posts; ``n`` is the thread's number, so pieces rotate without repeating."""

    def __init__(self, forum_slug, n, spec, profiles, rng, used):
        self.used = used
        self.forum_slug = forum_slug
        self.n = n
        self.spec = spec
        self.profiles = profiles
        self.rng = rng
        self.topic = spec["tags"][0]

    def pick(self, pool, offset=0):
        return pool[(self.n * 3 + offset) % len(pool)]

    def compose(self, first, second, prefix="", **values):
        """``prefix + first[i] + " " + second[j]`` for the first pair (from this thread's place) not used yet."""
        pairs = len(first) * len(second)
        for step in range(pairs):
            k = (self.n * 7 + step) % pairs
            text = (first[k % len(first)] + " " + second[(k // len(first) + k) % len(second)]).strip()
            text = prefix + text.format(**values)
            if text not in self.used:
                self.used.add(text)
                return text
        return text

    def others(self, *excluded):
        names = sorted(set(self.profiles) - set(excluded) - {EDITOR_USERNAME, "moderator"})
        return [self.profiles[name] for name in names]


def _create_thread(forum, spec, n, profiles, rng, used):
    author = profiles.get(spec["author"])
    if author is None:
        return None, 0
    talk = _Conversation(forum.slug, n, spec, profiles, rng, used)
    thread = services.create_thread(
        author=author, forum=forum, title=spec["title"], body=spec["opening"], tags=spec["tags"]
    )
    answers = []
    for username, text in spec["answers"]:
        answerer = profiles.get(username)
        if answerer is None:
            continue
        answers.append(services.reply(author=answerer, thread=thread, body=text))
    posts = 1 + len(answers)
    if not answers:
        return thread, posts
    first = answers[0]
    # The asker thanks the first answer.
    thanks = talk.compose(
        followups.THANKS_OPENERS, followups.THANKS_BODIES, mention=_mention(first.author), topic=talk.topic
    )
    services.reply(author=author, thread=thread, body=thanks, reply_to=first)
    # Someone quotes an answer and adds a tip of their own.
    quoted = answers[min(1, len(answers) - 1)]
    candidates = talk.others(spec["author"], quoted.author.user.username)
    quoter = candidates[(n * 7) % len(candidates)]
    quote = (
        f"> **{quoted.author.name}** menulis:\n> {_first_sentence(quoted.body_markdown)}\n\n"
        + talk.pick(followups.AGREEMENTS, 2)
        + " "
        + talk.pick(followups.TIPS[forum.slug], n // 2)
    )
    services.reply(author=quoter, thread=thread, body=quote, reply_to=quoted)
    # A follow-up question to the last answer, and its answer.
    last = answers[-1]
    candidates = talk.others(spec["author"], last.author.user.username)
    asker = candidates[(n * 11 + 5) % len(candidates)]
    question = talk.compose(followups.QUESTION_OPENERS, followups.QUESTIONS, mention=_mention(last.author))
    asked = services.reply(author=asker, thread=thread, body=question, reply_to=last)
    back = talk.compose(followups.ANSWERS_BACK, followups.ANSWER_TAILS, prefix=f"{_mention(asker)} ")
    services.reply(author=last.author, thread=thread, body=back, reply_to=asked)
    posts += 4
    solution_index = spec.get("solution")
    if solution_index is not None and solution_index < len(answers):
        solution = answers[solution_index]
        _mark_solution(thread, solution, by=author)
        note = talk.compose(
            followups.SOLUTION_NOTES, followups.SOLUTION_TAILS, mention=_mention(solution.author)
        )
        services.reply(author=author, thread=thread, body=note)
        posts += 1
    _react(thread, answers, profiles, rng)
    return thread, posts


def _mark_solution(thread, post, *, by):
    mark = getattr(services, "mark_solution", None)
    if mark is not None:
        mark(by=by, thread=thread, post=post)
    else:
        Thread.objects.filter(pk=thread.pk).update(solution=post)


def _react(thread, answers, profiles, rng):
    toggle = getattr(services, "toggle_reaction", None)
    members = [p for name, p in sorted(profiles.items()) if name not in (EDITOR_USERNAME, "moderator")]
    for post in answers:
        for member in rng.sample(members, rng.randint(0, 5)):
            if member.pk == post.author_id or Reaction.objects.filter(post=post, member=member).exists():
                continue
            if toggle is not None:
                toggle(member=member, post=post)
            else:
                Reaction.objects.create(post=post, member=member)
    if toggle is None:
        for post in answers:
            Post.objects.filter(pk=post.pk).update(reaction_count=post.reactions.count())


def _spread_dates(thread, rng, *, days_ago):
    """Back-date a thread and its posts: asked ``days_ago`` days ago, answered over the following days."""
    start = timezone.now() - datetime.timedelta(days=days_ago, hours=rng.randint(0, 10))
    moment = start
    for post in thread.posts.order_by("position"):
        if post.position > 1:
            moment += datetime.timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
        Post.objects.filter(pk=post.pk).update(created_at=moment)
    Thread.objects.filter(pk=thread.pk).update(created_at=start, last_activity_at=moment)


def load_threads(forums, profiles):
    threads_report, replies_report = Loaded("Diskusi forum"), Loaded("Balasan forum")
    by_slug = {forum.slug: forum for forum in forums}
    used = set()
    n = 0
    for forum_slug, specs in THREADS_BY_FORUM.items():
        forum = by_slug.get(forum_slug)
        if forum is None:
            continue
        for spec in specs:
            n += 1
            rng = random.Random(f"{forum_slug}:{spec['title']}")  # noqa: S311 - demo data, not security
            thread = Thread.objects.filter(forum=forum, title=spec["title"]).first()
            if thread is None:
                thread, _posts = _create_thread(forum, spec, n, profiles, rng, used)
                if thread is None:
                    continue
                _spread_dates(thread, rng, days_ago=3 + (n * 37) % 150)
                threads_report.created += 1
                replies_report.created += thread.posts.filter(position__gt=1).count()
            threads_report.objects.append(thread)
            replies_report.objects.extend(thread.posts.filter(position__gt=1).values_list("pk", flat=True))
    _recount(forums)
    return threads_report, replies_report


def _recount(forums):
    """Counts and latest activity from the rows (the back-dating moved the dates)."""
    for forum in forums:
        threads = Thread.objects.filter(forum=forum)
        for thread in threads.annotate(last=Max("posts__position"), replies=Count("posts")):
            last_post = thread.posts.order_by("-position").first()
            Thread.objects.filter(pk=thread.pk).update(
                reply_count=max(thread.replies - 1, 0),
                last_post=last_post,
                last_activity_at=last_post.created_at if last_post else thread.last_activity_at,
            )
        ForumPage.objects.filter(pk=forum.pk).update(
            thread_count=threads.count(),
            post_count=Post.objects.filter(thread__forum=forum).count(),
            last_activity_at=threads.aggregate(latest=Max("last_activity_at"))["latest"],
        )


def load_captured_practice(forums, profiles):
    """One thread written up as a practice by the demo editor, reviewed and published."""
    from ..capture.services import capture_thread

    report = Loaded("Diskusi dijadikan praktik")
    forum = next((f for f in forums if f.slug == CAPTURED[0]), None)
    thread = Thread.objects.filter(forum=forum, title=CAPTURED[1]).first() if forum else None
    editor = get_user_model().objects.filter(username=EDITOR_USERNAME).first()
    if thread is None or editor is None:
        return report
    if thread.practice_id is None:
        posts = [
            p
            for p in thread.posts.readable()
            if p.position == 1 or p.reaction_count or p.pk == thread.solution_id
        ]
        practice = capture_thread(
            editor=editor,
            thread=thread,
            title=CAPTURED_PRACTICE["title"],
            summary=CAPTURED_PRACTICE["summary"],
            posts=posts[:6],
            government_affair=CAPTURED_PRACTICE["government_affair"],
            agency=Agency.objects.filter(slug=CAPTURED_PRACTICE["agency"]).first(),
        )
        _approve(practice, editor)
        report.created += 1
        thread.refresh_from_db()
    report.objects.append(thread)
    return report


def _approve(practice, editor):
    """Approve every task of its review workflow, which publishes it (as an editor in the admin would)."""
    for _step in range(5):
        state = practice.current_workflow_state
        if state is None or state.current_task_state is None:
            break
        state.current_task_state.approve(user=editor)
        practice.refresh_from_db()


def load():
    """Everything, in one transaction; returns the reports for seed_demo."""
    from community.importing import search_index_deferred

    profiles = _profiles()
    if not profiles:
        return [Loaded("Forum", note="tidak ada anggota demo")]
    with transaction.atomic(), search_updates.paused(), search_index_deferred(model=Thread) as _pages:
        forums_report = load_forums(profiles)
        threads_report, replies_report = load_threads(forums_report.objects, profiles)
        captured_report = load_captured_practice(forums_report.objects, profiles)
    if threads_report.created:
        _index_threads()
    with transaction.atomic():
        flags_report = load_flags(forums_report.objects, profiles)
    return [forums_report, threads_report, replies_report, captured_report, flags_report]


def _index_threads():
    from modelsearch.backends import get_search_backends

    threads = list(Thread.get_indexed_objects())
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(Thread, threads)


#: (forum slug, thread number in that forum, reason, what the reporter wrote): two open flags for the
#: moderator's queue. The same posts are chosen every run, so a second run adds nothing.
DEMO_FLAGS = [
    (
        "kesehatan",
        2,
        "off_topic",
        "Balasan ini membahas tunjangan kinerja, sepertinya lebih cocok di Forum Kepegawaian.",
    ),
    (
        "kependudukan",
        1,
        "personal_data",
        "Ada nomor NIK warga yang ikut tertulis di balasan ini. Mohon disembunyikan dulu.",
    ),
]


def load_flags(forums, profiles):
    """A flag or two on replies, from members who did not write them, for the moderation queue."""
    from ..moderation.services import flag_post

    report = Loaded("Laporan (flag) forum")
    by_slug = {forum.slug: forum for forum in forums}
    reporters = [profiles[name] for name in sorted(profiles)]
    for slug, number, reason, details in DEMO_FLAGS:
        forum = by_slug.get(slug)
        if forum is None:
            continue
        threads = list(Thread.objects.filter(forum=forum).order_by("pk")[: number + 1])
        if len(threads) <= number:
            continue
        post = threads[number].posts.filter(position__gt=1).order_by("-position").first()
        if post is None:
            continue
        reporter = next(p for p in reporters if p.pk != post.author_id and p.pk != threads[number].author_id)
        flag, created = flag_post(reporter=reporter, post=post, reason=reason, details=details)
        report.objects.append(flag)
        report.created += int(created)
    return report
