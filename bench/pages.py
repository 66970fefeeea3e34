"""Server time, SQL queries and size of Simpul's main pages; prints figures, asserts nothing.

    python bench/pages.py [--members 500] [--requests 50] [--sizes 100,1000]
                          [--practices 100,1000] [--served-requests 40] [--no-served]

Builds a throwaway database (bench/benchsite.py), generates members, then
requests each page through Django's test client: in-process, no network, no
static files, so the times are the server's share of a page view on this
machine. Then it compares query counts at two directory sizes to show that
listing pages cost the same number of queries whatever the number of members.

Then it adds generated practices (bench/practices.py), forum threads and
sharing sessions (bench/forum_content.py) and serves the reader pages —
home, practice index, a practice, a tag page, /cari/, the directory, a
profile, the feed, /forum/, a forum, a thread (20 replies, and the last page
of one with 1,000), /sesi/ and a session — through a real gunicorn server
(bench/served.py): p50/p95,
requests/s and SQL queries, cold (page cache off) and cached, each as a
multiple of a bare Django view measured in the same run. SQL queries of each
reader page are printed at every `--practices` size: they must not grow.
Last, the forum and session pages as a signed-in member sees them (never
cached), through the same server with a member's session cookie.
"""

import argparse
import statistics
import time

import benchsite
import forum_content
import served

SCALING_REQUESTS = 15


def page_list(client_for_member):
    """(label, path, client) for every page measured; the client decides who is asking."""
    from django.test import Client
    from taggit.models import Tag

    from community.models import MemberProfile

    anonymous = Client()
    tag = Tag.objects.get(name="stunting")
    # The first generated member living in a regency: the same person at every size.
    profile = MemberProfile.objects.filter(region__parent__isnull=False).order_by("pk").first()
    member, province = profile.user, profile.region.parent
    signed_in = client_for_member(member)
    return [
        ("beranda", "/", anonymous),
        ("direktori", "/anggota/", anonymous),
        ("direktori, halaman 2", "/anggota/?halaman=2", anonymous),
        ("direktori ?tag=", f"/anggota/?tag={tag.slug}", anonymous),
        ("direktori ?region=", f"/anggota/?region={province.pk}", anonymous),
        ("direktori ?q=", "/anggota/?q=gizi", anonymous),
        ("profil anggota", f"/anggota/{member.username}/", anonymous),
        ("masuk (formulir)", "/akun/login/", anonymous),
        ("beranda (masuk)", "/", signed_in),
        ("ubah profil (masuk)", "/akun/profil/", signed_in),
    ]


def signed_in_client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def count_queries(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return response, len(captured.captured_queries)


def measure(client, path, requests):
    """Timings (ms) of `requests` requests after a warm-up, query count and response size."""
    for _ in range(2):  # compile templates, fill caches
        client.get(path)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
    response, queries = count_queries(client, path)
    return {
        "status": response.status_code,
        "p50": statistics.median(timings),
        "p95": statistics.quantiles(timings, n=20, method="inclusive")[18],
        "queries": queries,
        "kb": len(response.content) / 1024,
    }


def print_page_table(members, requests):
    from community.models import Agency

    print(
        f"\nHalaman utama — {members} anggota, {Agency.objects.count()} instansi, "
        f"{requests} permintaan per halaman (Django test client, in-process, SQLite, tanpa tembolok halaman)\n"
    )
    header = f"{'halaman':<22} {'path':<34} {'status':>6} {'p50 ms':>8} {'p95 ms':>8} {'query':>6} {'KB':>7}"
    print(header)
    print("-" * len(header))
    for label, path, client in page_list(signed_in_client):
        row = measure(client, path, requests)
        print(
            f"{label:<22} {path[:34]:<34} {row['status']:>6} {row['p50']:>8.1f} {row['p95']:>8.1f} "
            f"{row['queries']:>6} {row['kb']:>7.1f}"
        )
    print("\nKB = ukuran HTML mentah (tanpa gzip) dalam 1024 byte; query = query SQL per permintaan.")


def print_scaling_table(rows_by_size):
    sizes = sorted(rows_by_size)
    labels = list(rows_by_size[sizes[0]])
    print("\nMenurut jumlah anggota: query SQL per permintaan (harus tetap sama) dan p50 ms:\n")
    columns = [f"{f'query {size}':>11}" for size in sizes] + [f"{f'ms {size}':>9}" for size in sizes]
    header = f"{'halaman':<22} " + " ".join(columns) + f" {'query tumbuh?':>14}"
    print(header)
    print("-" * len(header))
    for label in labels:
        rows = [rows_by_size[size][label] for size in sizes]
        grows = "YA" if len({row["queries"] for row in rows}) > 1 else "tidak"
        cells = [f"{row['queries']:>11}" for row in rows] + [f"{row['p50']:>9.1f}" for row in rows]
        print(f"{label:<22} " + " ".join(cells) + f" {grows:>14}")


def reader_pages():
    """(label, path) of the pages a reader sees, for the served table; the same ones at every size."""
    from community.models import MemberProfile, PracticePage

    practice = PracticePage.objects.live().order_by("pk").first()
    profile = MemberProfile.objects.filter(region__parent__isnull=False).order_by("pk").first()
    big = forum_content.big_thread()
    small = forum_content.small_thread()
    last_page = big.reply_count // 20 + 1
    return [
        ("beranda", "/"),
        ("indeks praktik", "/praktik-baik/"),
        ("halaman praktik", practice.url),
        ("tag", "/tag/stunting/"),
        ("cari ?q=", "/cari/?q=posyandu+digital"),
        ("direktori", "/anggota/"),
        ("profil anggota", f"/anggota/{profile.user.username}/"),
        ("feed Atom", "/praktik-baik/feed/atom/"),
        ("indeks forum", "/forum/"),
        ("halaman forum", f"/forum/{small.forum.slug}/"),
        ("diskusi 20 balasan", small.get_absolute_url() + "?halaman=1"),
        (f"diskusi 1000 bls, hlm {last_page}", big.get_absolute_url() + f"?halaman={last_page}"),
        ("sesi (daftar)", "/sesi/"),
        ("halaman sesi", forum_content.upcoming_session().url),
    ]


def member_pages():
    """(label, path) of the forum pages as a signed-in member sees them (never from the page cache)."""
    small = forum_content.small_thread()
    big = forum_content.big_thread()
    return [
        ("indeks forum (masuk)", "/forum/"),
        ("diskusi 20 balasan (masuk)", small.get_absolute_url() + "?halaman=1"),
        ("diskusi 1000 bls (masuk)", big.get_absolute_url() + f"?halaman={big.reply_count // 20 + 1}"),
        ("halaman sesi (masuk)", forum_content.upcoming_session().url),
    ]


def print_reader_queries(queries_by_size):
    sizes = sorted(queries_by_size)
    print(
        "\nHalaman pembaca menurut jumlah praktik: query SQL dingin/tembolok (harus tetap sama, paling banyak 10):\n"
    )
    header = f"{'halaman':<22} " + " ".join(f"{f'{size} praktik':>14}" for size in sizes) + f" {'tumbuh?':>8}"
    print(header)
    print("-" * len(header))
    for label in queries_by_size[sizes[0]]:
        counts = [queries_by_size[size][label] for size in sizes]
        grows = "YA" if counts[-1][0] > counts[0][0] else "tidak"
        print(f"{label:<22} " + " ".join(f"{f'{c[0]}/{c[1]}':>14}" for c in counts) + f" {grows:>8}")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--members", type=int, default=500, help="members for the timing table (500)")
    parser.add_argument("--requests", type=int, default=50, help="requests per page (50)")
    parser.add_argument(
        "--sizes", default="100,1000", help="member counts compared for query growth (100,1000)"
    )
    parser.add_argument(
        "--practices",
        default="100,1000",
        help="practice counts for the reader pages (100,1000); the last is served",
    )
    parser.add_argument(
        "--served-requests", type=int, default=40, help="sequential requests per served page (40)"
    )
    parser.add_argument(
        "--threads", type=int, default=400, help="forum threads (400), 20 replies each, one with 1,000"
    )
    parser.add_argument("--sessions", type=int, default=20, help="sharing sessions (20), half upcoming")
    parser.add_argument("--no-served", action="store_true", help="skip the gunicorn table")
    options = parser.parse_args()
    scaling_sizes = sorted({int(size) for size in options.sizes.split(",")})

    workdir = benchsite.start()
    served.page_cache_off_in_process()
    print(f"Basis data sementara: {workdir}")

    rows_by_size = {}
    for size in sorted({*scaling_sizes, options.members}):
        benchsite.grow_members(size)
        if size in scaling_sizes:
            rows_by_size[size] = {
                label: measure(client, path, SCALING_REQUESTS)
                for label, path, client in page_list(signed_in_client)
            }
        if size == options.members:
            print_page_table(size, options.requests)
    print_scaling_table(rows_by_size)

    import practices

    forum_content.grow_forum(options.threads)
    forum_content.grow_sessions(options.sessions)
    queries_by_size = {}
    for size in sorted({int(size) for size in options.practices.split(",")}):
        practices.grow_practices(size)
        pages = reader_pages()
        queries_by_size[size] = {label: served.count_queries(path) for label, path in pages}
    print_reader_queries(queries_by_size)
    if not options.no_served:
        biggest = max(queries_by_size)
        served.print_served_table(
            f"Halaman pembaca lewat gunicorn — {biggest} praktik, {options.members} anggota",
            pages,
            options.served_requests,
            queries_by_size[biggest],
        )
        from community.models import MemberProfile

        profile = MemberProfile.objects.filter(region__parent__isnull=False).order_by("pk").first()
        served.print_member_table(
            f"Halaman forum dan sesi untuk anggota yang masuk — {options.threads} diskusi",
            member_pages(),
            options.served_requests,
            profile.user,
        )


if __name__ == "__main__":
    main()
