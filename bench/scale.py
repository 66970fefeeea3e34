"""Issue 9 item 7, "fast at scale": /cari/ and its suggestions on the forum's bench content plus practices; prints, never asserts.

    python bench/scale.py [--threads 10000] [--posts 200000] [--practices 5000] [--requests 30] [--seed 2025]
                          [--keep DIR]

``--keep DIR`` builds the database and index in DIR and keeps them; run again
with the same DIR, it skips building and only measures (to compare changes
to the search on the same content).

Builds a throwaway database (bench/benchsite.py) with 300 generated members,
``--practices`` generated practices (bench/search.py's grow_practices) and
the forum's bench content, ``--threads`` threads and ``--posts`` posts
(bench/forum.py's build), all bulk-inserted without indexing. Then:

1. Index build: the Whoosh index of PracticePage and of forum.Thread (one
   document per thread: its opening post and replies, see
   forum/search/documents.py) rebuilt from empty with bench/search.py's
   ``rebuild``; per model the documents, seconds, documents/s, for threads
   the posts covered per second, and the index size on disk. Aim: at least
   300 documents/s.
2. Query latency through the real site-search path, as a reader meets it:
   ``GET /cari/?q=...`` through Django's test client (in process, anonymous,
   the page cache off so every request reaches the engine) for one-word,
   multi-word, question-style, filtered (a query plus a facet parameter:
   urusan, jenis, tag) and misspelt queries; ``GET /cari/saran/?q=<prefix>``
   for suggestions; and the bare view ``/_bench/bare/`` (bench/urls.py), the
   yardstick, requested the same way. Per kind: p50/p95 ms of ``--requests``
   timed requests (a first, warm-up request of each kind is not counted),
   both also as a multiple of the bare view's p50, the median result count
   (SiteSearch.run's total, outside the timing), and the SQL queries of one
   request. Aims: p95 at most 300 ms for /cari/, at most 50 ms for
   suggestions.

Times depend on the machine and its load; compare the multiples of the bare
view between machines.
"""

import argparse
import random
import statistics
import sys
import time
import urllib.parse

import benchsite

MEMBERS = 300
SEARCH_AIM_MS = 300
SUGGEST_AIM_MS = 50
BUILD_AIM = 300  # documents per second
TYPOS = [
    "pelatihn kepemimpinan",
    "stuntng balita",
    "posyndu digital",
    "imunisai dasar",
    "perizinn usaha",
]
PREFIXES = ["pos", "stun", "pelat", "akta", "disduk", "samp"]


def bare_p50_multiple(value, bare_p50):
    return f"{value / bare_p50:>7.0f}×" if bare_p50 else f"{'-':>8}"


def request_kind(client, paths, requests):
    """{p50, p95, n, status, queries}: one warm-up request, then `requests` timed ones cycling `paths`."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench.search import percentile

    client.get(paths[0])  # warm-up, not counted
    timings, statuses = [], set()
    for n in range(requests):
        started = time.perf_counter()
        response = client.get(paths[n % len(paths)])
        timings.append((time.perf_counter() - started) * 1000)
        statuses.add(response.status_code)
    with CaptureQueriesContext(connection) as captured:
        client.get(paths[0])
    return {
        "p50": percentile(timings, 0.5),
        "p95": percentile(timings, 0.95),
        "n": len(timings),
        "status": ",".join(str(s) for s in sorted(statuses)),
        "queries": len(captured.captured_queries),
    }


def result_count(query, params):
    """What /cari/ reports as the total for this query and facet choice (outside the timing)."""
    from django.contrib.auth.models import AnonymousUser
    from django.http import QueryDict

    from search.site_search import SearchFilters, SiteSearch

    filters = SearchFilters.from_querydict(QueryDict(urllib.parse.urlencode(params)))
    return SiteSearch(AnonymousUser()).run(query, filters).total


def search_path(query, params=None):
    return "/cari/?" + urllib.parse.urlencode({"q": query, **(params or {})})


def build_index(workdir):
    """Rebuild each model's Whoosh index from empty; return rows for the build table."""
    from django.db.models import Count

    from bench.search import WHOOSH, index_size, rebuild
    from community.models import PracticePage
    from forum.models import Post, Thread
    from forum.search.documents import MAX_INDEXED_REPLIES

    rows = []
    before = index_size(WHOOSH, workdir)[0]
    for label, model in (("PracticePage", PracticePage), ("forum.Thread", Thread)):
        print(f"  {label}: membangun indeks …", flush=True)
        documents, seconds = rebuild(WHOOSH, model)
        after = index_size(WHOOSH, workdir)[0]
        posts = None
        if model is Thread:
            # Posts a thread document carries: readable posts, at most the opening post + MAX_INDEXED_REPLIES.
            per_thread = (
                Post.objects.readable().values("thread").annotate(n=Count("pk")).values_list("n", flat=True)
            )
            posts = sum(min(n, MAX_INDEXED_REPLIES + 1) for n in per_thread)
        row = {
            "label": label,
            "documents": documents,
            "seconds": seconds,
            "posts": posts,
            "bytes": after - before,
        }
        before = after
        rows.append(row)
        rate = f", {posts / seconds:,.0f} pos/s" if posts is not None else ""
        print(
            f"  {label}: {documents:,} dokumen dalam {seconds:.1f} s = {documents / seconds:,.0f} dok/s{rate}, "
            f"indeks {row['bytes'] / 1048576:.1f} MB",
            flush=True,
        )
    # Sessions (the third model /cari/ searches; none here) share the pages' index (root model Page),
    # so rebuilding theirs would empty the practices' again: the PracticePage rebuild made it.
    return rows, index_size(WHOOSH, workdir)[0]


def print_build_table(rows, total_bytes):
    from forum.search.documents import MAX_INDEXED_REPLIES

    print("\n== Membangun indeks Whoosh dari kosong (bench/search.py rebuild) ==\n")
    header = (
        f"{'model':<14} {'dokumen':>9} {'pos':>9} {'detik':>8} {'dok/s':>8} {'pos/s':>8} "
        f"{'indeks MB':>10} {'sasaran':>12} {'capai?':>7}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        rate = row["documents"] / row["seconds"] if row["seconds"] else 0
        posts = f"{row['posts']:>9,}" if row["posts"] is not None else f"{'-':>9}"
        post_rate = f"{row['posts'] / row['seconds']:>8,.0f}" if row["posts"] is not None else f"{'-':>8}"
        print(
            f"{row['label']:<14} {row['documents']:>9,} {posts} {row['seconds']:>8.1f} {rate:>8,.0f} {post_rate} "
            f"{row['bytes'] / 1048576:>10.1f} {f'≥ {BUILD_AIM} dok/s':>12} {'ya' if rate >= BUILD_AIM else 'tidak':>7}"
        )
    print(
        f"\nIndeks di disk seluruhnya: {total_bytes / 1048576:.1f} MB (berkas generasi aktif). "
        "pos = pos yang dimuat dokumen diskusi (pembuka + paling banyak "
        f"{MAX_INDEXED_REPLIES} balasan per diskusi); pos/s = pos itu per detik pembangunan."
    )
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--threads", type=int, default=10_000)
    parser.add_argument("--posts", type=int, default=200_000)
    parser.add_argument("--practices", type=int, default=5_000)
    parser.add_argument("--requests", type=int, default=30, help="timed requests per query kind (30)")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep it; reuse it when already built")
    options = parser.parse_args()
    run_started = time.perf_counter()

    workdir = benchsite.start(
        keep=options.keep
    )  # puts the repository first on sys.path: bench.search, not the search app
    from bench.forum import build as build_forum
    from bench.search import (
        FILTERED,
        MULTI_WORD,
        ONE_WORD,
        QUESTIONS,
        PracticeWriter,
        configure_backends,
        create_agencies,
        grow_practices,
    )

    configure_backends(workdir)
    print(f"Basis data sementara: {workdir}", flush=True)
    from django.conf import settings
    from django.test import Client
    from taggit.models import Tag

    from community.models import Region

    built = workdir / "built"
    if built.exists():
        print(f"Konten dan indeks dari run sebelumnya dipakai lagi ({built.read_text().strip()})", flush=True)
    else:
        rng = random.Random(options.seed)
        started = time.perf_counter()
        benchsite.grow_members(MEMBERS, seed=options.seed)
        print(f"\nMembuat {options.practices:,} praktik …", flush=True)
        writer = PracticeWriter(rng, create_agencies(rng), list(Region.objects.exclude(parent=None)))
        grow_practices(options.practices, writer)
        print(f"Membuat forum: {options.threads:,} diskusi, {options.posts:,} pos …", flush=True)
        build_forum(options.threads, options.posts, rng)
        print(f"Konten dibuat dalam {time.perf_counter() - started:.0f} s", flush=True)

        print("\nMembangun indeks …", flush=True)
        rows, total_bytes = build_index(workdir)
        print_build_table(rows, total_bytes)
        if options.keep:
            built.write_text(
                f"{options.threads} threads, {options.posts} posts, {options.practices} practices\n"
            )

    # Every request reaches the engine: /cari/ is never cached, and suggestions are not served from the page cache.
    settings.SIMPUL_PAGE_CACHE_ENABLED = False
    stunting = Tag.objects.filter(name="stunting").order_by("pk").first()
    kinds = [
        ("satu kata", [(q, {}) for q in ONE_WORD]),
        ("beberapa kata", [(q, {}) for q in MULTI_WORD]),
        ("pertanyaan", [(q, {}) for q in QUESTIONS]),
        (
            "tersaring (urusan/jenis/tag)",
            [(q, {"urusan": affair}) for q, affair in FILTERED]
            + [
                ("posyandu", {"jenis": "thread"}),
                ("pelatihan", {"jenis": "practicepage"}),
                ("laporan", {"tag": str(stunting.pk)} if stunting else {}),
            ],
        ),
        ("salah ketik", [(q, {}) for q in TYPOS]),
    ]
    client = Client()
    print(
        f"\nMengukur ({options.requests} permintaan per jenis, Django test client in-process, anonim, "
        "tembolok halaman mati) …",
        flush=True,
    )
    measured = []
    bare = request_kind(client, ["/_bench/bare/"], options.requests)
    print(f"  view kosong: p50 {bare['p50']:.1f} ms, p95 {bare['p95']:.1f} ms", flush=True)
    for label, queries in kinds:
        figures = request_kind(client, [search_path(q, params) for q, params in queries], options.requests)
        used = queries[: min(len(queries), options.requests)]
        figures["hits"] = statistics.median(result_count(q, params) for q, params in used)
        figures["aim"] = SEARCH_AIM_MS
        measured.append((f"/cari/ {label}", figures))
        print(
            f"  /cari/ {label}: p50 {figures['p50']:.1f} ms, p95 {figures['p95']:.1f} ms, "
            f"{figures['hits']:.0f} hasil, {figures['queries']} SQL",
            flush=True,
        )
    figures = request_kind(
        client, [f"/cari/saran/?{urllib.parse.urlencode({'q': p})}" for p in PREFIXES], options.requests
    )
    figures["hits"] = None
    figures["aim"] = SUGGEST_AIM_MS
    measured.append((f"/cari/saran/ ({len(PREFIXES)} awalan 3–6 huruf)", figures))
    print(f"  /cari/saran/: p50 {figures['p50']:.1f} ms, p95 {figures['p95']:.1f} ms", flush=True)

    print(
        f"\n== Latensi server — {options.threads:,} diskusi, {options.posts:,} pos, {options.practices:,} praktik; "
        "ms ==\n"
    )
    header = (
        f"{'permintaan':<38} {'p50':>8} {'p95':>8} {'p50×':>8} {'p95×':>8} {'n':>4} {'hasil':>6} "
        f"{'SQL':>4} {'status':>6} {'sasaran p95':>12} {'capai?':>7}"
    )
    print(header)
    print("-" * len(header))
    bare["hits"], bare["aim"] = None, None
    for label, row in [("view kosong /_bench/bare/ (patokan)", bare), *measured]:
        hits = f"{row['hits']:>6.0f}" if row["hits"] is not None else f"{'-':>6}"
        aim = f"≤ {row['aim']} ms" if row["aim"] else "-"
        met = ("ya" if row["p95"] <= row["aim"] else "tidak") if row["aim"] else "-"
        print(
            f"{label:<38} {row['p50']:>8.1f} {row['p95']:>8.1f} {bare_p50_multiple(row['p50'], bare['p50'])} "
            f"{bare_p50_multiple(row['p95'], bare['p50'])} {row['n']:>4} {hits} {row['queries']:>4} "
            f"{row['status']:>6} {aim:>12} {met:>7}"
        )
    print(
        "\np50×, p95× = angka itu dibagi p50 view kosong dalam run ini; n = permintaan yang diukur (tanpa "
        "pemanasan); hasil = median jumlah hasil /cari/ (SiteSearch.run, di luar pengukuran); SQL = kueri "
        "satu permintaan (CaptureQueriesContext)."
        f"\nSeluruh run: {time.perf_counter() - run_started:.0f} s."
    )
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
