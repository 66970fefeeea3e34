"""Forum threads, replies and sharing sessions for bench/pages.py, bulk-inserted after the members.

`grow_forum(threads, replies_per_thread)` adds two public forums under
/forum/ (once) and threads with their posts, reactions and tags until there
are `threads`; one thread, the first, always has `BIG_THREAD_REPLIES`
replies (its last page is measured too). `grow_sessions(n)` adds published
sharing sessions under the first forum, half past and half upcoming. No
signals run for the bulk rows; the threads are then written to the search
index in one batch (as seed_demo does), so /cari/ and related content search
them as on a real site.
"""

import datetime
import random
import time

BODY_MD = "Kami mencoba **jadwal posyandu** bergilir di tiga desa; hasilnya laporan datang lebih cepat."
BODY_HTML = (
    "<p>Kami mencoba <strong>jadwal posyandu</strong> bergilir di tiga desa; "
    "hasilnya laporan datang lebih cepat.</p>"
)
TAGS = ["stunting", "posyandu", "imunisasi", "adminduk", "spbe", "satu data", "kepegawaian", "gizi"]
FORUMS = (("kesehatan", "Forum Kesehatan"), ("kependudukan", "Forum Kependudukan"))
BIG_THREAD_REPLIES = 1000


def _forums():
    from forum.models import ForumIndexPage, ForumPage

    index = ForumIndexPage.objects.get()
    forums = []
    for slug, title in FORUMS:
        forum = ForumPage.objects.filter(slug=slug).first()
        if forum is None:
            forum = ForumPage(title=title, slug=slug, description=f"Ruang diskusi {title}.", live=True)
            index.add_child(instance=forum)
        forums.append(forum)
    return forums


def grow_forum(threads, replies_per_thread=20, *, seed=2026):
    """Threads (and their posts) until there are `threads`; the first has BIG_THREAD_REPLIES replies."""
    from django.db.models import Count, Max
    from django.utils import timezone
    from taggit.models import Tag

    from community.models import MemberProfile
    from forum.models import ForumPage, Post, Reaction, TaggedThread, Thread

    forums = _forums()
    existing = Thread.objects.count()
    if existing >= threads:
        return
    started = time.perf_counter()
    rng = random.Random(seed + existing)
    profiles = list(MemberProfile.objects.order_by("pk").values_list("pk", flat=True))
    tags = [
        Tag.objects.get_or_create(name=name, defaults={"slug": name.replace(" ", "-")})[0] for name in TAGS
    ]
    now = timezone.now()
    new = Thread.objects.bulk_create(
        [
            Thread(
                forum=forums[i % len(forums)],
                title=f"Diskusi nomor {i}: jadwal posyandu dan laporan bulanan",
                slug=f"diskusi-{i}",
                author_id=profiles[i % len(profiles)],
                # The newest threads come first in listings: the first (big) thread stays on top.
                last_activity_at=now - datetime.timedelta(minutes=i),
            )
            for i in range(existing, threads)
        ],
        batch_size=2000,
    )
    new_ids = [thread.pk for thread in new]  # SQLite returns the new keys (RETURNING)
    first_thread = Thread.objects.order_by("pk").values_list("pk", flat=True).first()
    posts = []
    for pk in new_ids:
        count = 1 + (BIG_THREAD_REPLIES if pk == first_thread else replies_per_thread)
        posts.extend(
            Post(
                thread_id=pk,
                position=position,
                author_id=profiles[(pk + position) % len(profiles)],
                body_markdown=BODY_MD,
                body_html=BODY_HTML,
            )
            for position in range(1, count + 1)
        )
    Post.objects.bulk_create(posts, batch_size=5000)
    for row in (
        Post.objects.filter(thread_id__in=new_ids)
        .values("thread_id")
        .annotate(last=Max("position"), last_pk=Max("pk"))
    ):
        Thread.objects.filter(pk=row["thread_id"]).update(
            reply_count=row["last"] - 1, last_post=row["last_pk"]
        )
    TaggedThread.objects.bulk_create(
        [
            TaggedThread(content_object_id=pk, tag=tag)
            for pk in new_ids
            for tag in rng.sample(tags, rng.randint(1, 4))
        ],
        batch_size=5000,
    )
    reactions = [
        Reaction(post_id=post_pk, member_id=member)
        for post_pk in Post.objects.filter(thread_id__in=new_ids).values_list("pk", flat=True)
        for member in rng.sample(profiles, rng.randint(0, 3))
    ]
    Reaction.objects.bulk_create(reactions, batch_size=5000, ignore_conflicts=True)
    counts = Thread.objects.values("forum").annotate(threads=Count("pk", distinct=True), posts=Count("posts"))
    for row in counts:
        ForumPage.objects.filter(pk=row["forum"]).update(
            thread_count=row["threads"], post_count=row["posts"], last_activity_at=now
        )
    from modelsearch.backends import get_search_backends

    # /cari/ and related content search threads: index them once, as seed_demo does.
    indexed = list(Thread.get_indexed_objects().filter(pk__in=new_ids))
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(Thread, indexed)
    print(
        f"Forum: {Thread.objects.count()} diskusi, {Post.objects.count()} pos "
        f"({time.perf_counter() - started:.1f} s)"
    )


def big_thread():
    from forum.models import Thread

    return Thread.objects.select_related("forum").order_by("pk").first()


def small_thread():
    from forum.models import Thread

    return (
        Thread.objects.select_related("forum")
        .filter(reply_count__lt=BIG_THREAD_REPLIES)
        .order_by("pk")
        .first()
    )


def grow_sessions(total):
    """Published sharing sessions under the first forum until there are `total` (half upcoming)."""
    from decimal import Decimal

    from django.utils import timezone

    from community.importing import search_index_deferred
    from community.models import Agency
    from forum.sessions.models import SessionPage

    existing = SessionPage.objects.count()
    if existing >= total:
        return
    forum = _forums()[0]
    agencies = list(Agency.objects.order_by("pk")[:10])
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    with search_index_deferred(SessionPage) as indexed:
        for number in range(existing, total):
            # 02.00 UTC is 09.00 WIB: inside working hours in every zone.
            start = (now + datetime.timedelta(days=14 * (number - total // 2))).replace(hour=2)
            session = SessionPage(
                title=f"Sesi berbagi {number + 1}: data stunting dari posyandu",
                slug=f"sesi-{number + 1}",
                theme="Validasi data stunting dari posyandu ke e-PPGBM",
                summary="Pengalaman kabupaten memadukan data posyandu dan puskesmas setiap bulan.",
                start_at=start,
                duration_minutes=120,
                host_agency=agencies[number % len(agencies)],
                jp_value=Decimal(2),
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            forum.add_child(instance=session)
            indexed.append(session)
    print(f"Sesi: {SessionPage.objects.count()}")


def upcoming_session():
    from django.utils import timezone

    from forum.sessions.models import SessionPage

    return SessionPage.objects.live().filter(start_at__gt=timezone.now()).order_by("start_at").first()
