"""Server time and SQL queries of the forum's pages, and the posting rate; prints figures, asserts nothing.

    python bench/forum.py [--threads 10000] [--posts 200000] [--members 300] [--requests 30] [--posting 100]

Builds a throwaway database (bench/benchsite.py) with generated members, two
forums, ``--threads`` threads and ``--posts`` posts, bulk-inserted (no
signals, no search indexing): one thread has 1,000 replies, the others share
the rest; posts carry reactions and threads 1-4 tags. Then, through Django's
test client (in process), it requests the forum index, a forum page, page 1
and the last page of the 1,000-reply thread, each next to a bare Django view
measured in the same run as the yardstick, and prints p50/p95 server time
and SQL query count. The query count of the thread page is printed again
for a thread with 20 replies and for one with rich posts (many reactions and
tags): it must not grow. Finally it posts ``--posting`` replies through
forum.services (rendering, counts, signals, search index write on commit)
and prints the rate.
"""

import argparse
import datetime
import random
import statistics
import sys
import time

import benchsite

BODY_MD = "Kami mencoba **jadwal posyandu** bergilir di tiga desa; hasilnya laporan datang lebih cepat."
BODY_HTML = "<p>Kami mencoba <strong>jadwal posyandu</strong> bergilir di tiga desa; hasilnya laporan datang lebih cepat.</p>"
TAGS = ["stunting", "posyandu", "imunisasi", "adminduk", "spbe", "satu data", "kepegawaian", "gizi"]
urlpatterns = []


def bare(request):
    from django.http import HttpResponse

    return HttpResponse("ok")


def build(threads, posts, rng):
    from django.db.models import OuterRef, Subquery
    from django.utils import timezone
    from taggit.models import Tag

    from community.models import MemberProfile
    from forum.models import ForumIndexPage, ForumPage, Post, Reaction, TaggedThread, Thread

    index = ForumIndexPage.objects.get()
    forums = []
    for slug, title in (("kesehatan", "Forum Kesehatan"), ("kependudukan", "Forum Kependudukan")):
        forum = ForumPage(title=title, slug=slug, description=f"Ruang diskusi {title}.", live=True)
        index.add_child(instance=forum)
        forums.append(forum)
    profiles = list(MemberProfile.objects.values_list("pk", flat=True))
    tags = [
        Tag.objects.get_or_create(name=name, defaults={"slug": name.replace(" ", "-")})[0] for name in TAGS
    ]
    now = timezone.now()
    started = time.perf_counter()
    rows = [
        Thread(
            forum=forums[i % 2],
            title=f"Diskusi nomor {i}: jadwal posyandu dan laporan bulanan",
            slug=f"diskusi-{i}",
            author_id=profiles[i % len(profiles)],
            last_activity_at=now - datetime.timedelta(minutes=i),
        )
        for i in range(threads)
    ]
    Thread.objects.bulk_create(rows, batch_size=2000)
    thread_ids = list(Thread.objects.order_by("pk").values_list("pk", flat=True))
    big, rich, small = thread_ids[0], thread_ids[1], thread_ids[2]
    per_thread = {pk: 1 for pk in thread_ids}  # opening posts
    per_thread[big] = 1001
    per_thread[small] = 21
    per_thread[rich] = 21
    remaining = posts - sum(per_thread.values())
    others = thread_ids[3:]
    for n in range(max(remaining, 0)):
        per_thread[others[n % len(others)]] += 1
    batch = []
    for pk, count in per_thread.items():
        for position in range(1, count + 1):
            batch.append(
                Post(
                    thread_id=pk,
                    position=position,
                    author_id=profiles[(pk + position) % len(profiles)],
                    body_markdown=BODY_MD,
                    body_html=BODY_HTML,
                )
            )
            if len(batch) == 5000:
                Post.objects.bulk_create(batch)
                batch = []
    Post.objects.bulk_create(batch)
    Thread.objects.update(
        reply_count=Subquery(
            Post.objects.filter(thread=OuterRef("pk")).order_by("-position").values("position")[:1]
        )
        - 1,
        last_post=Subquery(Post.objects.filter(thread=OuterRef("pk")).order_by("-position").values("pk")[:1]),
    )
    taggings = [
        TaggedThread(content_object_id=pk, tag=tag)
        for pk in thread_ids
        for tag in rng.sample(tags, 8 if pk == rich else rng.randint(1, 4))
    ]
    TaggedThread.objects.bulk_create(taggings, batch_size=5000)
    reactions = []
    for post_pk, thread_pk in Post.objects.filter(thread_id__in=[big, rich, small]).values_list(
        "pk", "thread_id"
    ):
        for member in rng.sample(profiles, 25 if thread_pk == rich else rng.randint(0, 3)):
            reactions.append(Reaction(post_id=post_pk, member_id=member))
    Reaction.objects.bulk_create(reactions, batch_size=5000, ignore_conflicts=True)
    for forum in forums:
        ForumPage.objects.filter(pk=forum.pk).update(
            thread_count=Thread.objects.filter(forum=forum).count(),
            post_count=Post.objects.filter(thread__forum=forum).count(),
            last_activity_at=now,
        )
    elapsed = time.perf_counter() - started
    print(
        f"Dibuat: {threads} diskusi, {Post.objects.count()} pos, {len(reactions)} reaksi dalam {elapsed:.1f} s"
    )
    return (
        {t.pk: t for t in Thread.objects.filter(pk__in=[big, rich, small]).select_related("forum")},
        big,
        rich,
        small,
    )


def measure(client, path, requests):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):
        client.get(path)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return {
        "status": response.status_code,
        "p50": statistics.median(timings),
        "p95": statistics.quantiles(timings, n=20, method="inclusive")[18],
        "queries": len(captured.captured_queries),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=10_000)
    parser.add_argument("--posts", type=int, default=200_000)
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--posting", type=int, default=100)
    args = parser.parse_args()

    benchsite.start()
    from django.conf import settings
    from django.test import Client
    from django.urls import clear_url_caches, include, path

    urlpatterns[:] = [path("bench-bare/", bare), path("", include("config.urls"))]
    settings.ROOT_URLCONF = "__main__"
    sys.modules.setdefault("__main__", sys.modules[__name__])
    clear_url_caches()

    import logging

    # The generated threads are bulk-inserted, so the thread index does not exist: related content
    # (two engine searches on a thread page) answers "unavailable" at once; say so once, not per request.
    logging.getLogger("forum.connections.related").setLevel(logging.ERROR)
    print("Catatan: indeks pencarian diskusi tidak dibangun; konten terkait di halaman diskusi gagal cepat.")
    benchsite.grow_members(args.members)
    rng = random.Random(2026)
    threads, big, rich, small = build(args.threads, args.posts, rng)
    client = Client()
    big_thread = threads[big]
    last_page = (big_thread.reply_count) // 20 + 1
    pages = [
        ("view kosong (patokan)", "/bench-bare/"),
        ("indeks forum", "/forum/"),
        ("halaman forum", f"/forum/{big_thread.forum.slug}/"),
        ("diskusi 1.000 balasan, hlm 1", big_thread.get_absolute_url() + "?halaman=1"),
        (f"diskusi 1.000 balasan, hlm {last_page}", big_thread.get_absolute_url() + f"?halaman={last_page}"),
        ("diskusi 20 balasan", threads[small].get_absolute_url() + "?halaman=1"),
        ("diskusi 20 balasan, kaya reaksi/tag", threads[rich].get_absolute_url() + "?halaman=1"),
    ]
    from community.models import MemberProfile

    member = Client()
    member.force_login(MemberProfile.objects.order_by("pk").first().user)
    readers = [
        ("anonim, dingin", client, False),
        ("anonim, tembolok", client, True),
        ("anggota masuk", member, True),
    ]
    print(
        f"\nForum — {args.threads} diskusi, {args.posts} pos; {args.requests} permintaan per halaman, SQLite, "
        "in-process (Django test client). Dingin: tembolok halaman mati; tembolok: permintaan anonim kedua dst.; "
        "anggota: tidak pernah dari tembolok.\n"
    )
    header = f"{'halaman':<38} " + " | ".join(f"{name:^27}" for name, _c, _p in readers)
    print(header)
    print(f"{'':<38} " + " | ".join(f"{'p50 ms':>8} {'p95 ms':>8} {'query':>6} {'×':>3}" for _ in readers))
    print("-" * len(header))
    bare_p50 = {}
    for label, url in pages:
        cells = []
        for name, reader, page_cache_on in readers:
            settings.SIMPUL_PAGE_CACHE_ENABLED = page_cache_on
            figures = measure(reader, url, args.requests)
            if url == "/bench-bare/":
                bare_p50[name] = figures["p50"]
            multiple = figures["p50"] / bare_p50[name] if bare_p50.get(name) else 0
            status = "" if figures["status"] == 200 else f" [{figures['status']}]"
            cells.append(
                f"{figures['p50']:>8.1f} {figures['p95']:>8.1f} {figures['queries']:>6} {multiple:>3.0f}{status}"
            )
        print(f"{label:<38} " + " | ".join(cells))
        sys.stdout.flush()
    settings.SIMPUL_PAGE_CACHE_ENABLED = True
    print("× = p50 dibagi p50 view kosong (patokan) untuk pembaca yang sama dalam run ini.")

    from django.db import transaction

    from forum import services
    from forum.models import Thread

    target = Thread.objects.get(pk=small)
    authors = list(MemberProfile.objects.all()[:20])
    started = time.perf_counter()
    for n in range(args.posting):
        with transaction.atomic():
            services.reply(
                author=authors[n % len(authors)], thread=target, body=f"Balasan uji kecepatan {n}: {BODY_MD}"
            )
    elapsed = time.perf_counter() - started
    print(
        f"\nMenulis balasan: {args.posting} balasan dalam {elapsed:.1f} s = {args.posting / elapsed:.1f} balasan/detik "
        "(forum.services.reply: Markdown, hitungan, sinyal, tulis indeks pencarian setelah commit)"
    )


if __name__ == "__main__":
    main()
