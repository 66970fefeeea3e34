"""Load with real workers: 20 members reading, searching, replying, starting threads and registering.

    python bench/load.py [--members 20] [--seconds 60] [--workers 4]
    bash .ci/with-postgres.sh .venv/bin/python bench/load.py --postgres
    bash .ci/with-postgres.sh .venv/bin/python bench/load.py --postgres --search-backend postgres

Builds a throwaway Simpul (bench/benchsite.py: SQLite in a temporary
directory) with the demo content (`seed_demo`: forums, threads, sessions,
practices) and a built Whoosh index, starts gunicorn with ``--workers`` sync
workers on 127.0.0.1 *as deployed* (tasks after the commit, the indexing
queue's retry thread; bench/settings.py SIMPUL_BENCH_AS_DEPLOYED), and has
``--members`` signed-in members drive it for ``--seconds`` seconds, each in
its own thread, one connection per request. Every loop ends by itself (the
clock, then a bounded wait for the index to catch up).

Each member, over and over, picks: read (home, forum, a thread, a session,
a practice), search (/cari/ with a topic), reply to a thread, start a
thread, or register for (then cancel) a session. Every write carries a
unique marker word.

Then it checks, and prints:

- requests/s overall and per endpoint: count, errors, p50/p95 ms;
- every write answered 2xx/3xx is in the database (counts match the
  client's log exactly), and none answered 5xx;
- every post is found by the search index, and how long after its answer
  (p50/p95/max; the aim is within 5 s);
- the server logs: 5xx responses, "database is locked", Whoosh lock errors
  and tracebacks (the aim: zero of each);
- the drift check: 0 missing, 0 stale documents.

``--search-backend postgres`` (with ``--postgres``) runs the same load with
modelsearch's PostgreSQL search backend (SIMPUL_SEARCH_BACKEND=postgres,
config/search_backends.py) in place of Whoosh: the scale-out stack, side by
side with the embedded one.

Figures depend on the machine; the bare view measured in the same run
(``/_bench/bare/``) is the yardstick.
"""

import argparse
import http.client
import os
import random
import re
import statistics
import sys
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["SIMPUL_BENCH_AS_DEPLOYED"] = "1"

from bench import benchsite, served  # noqa: E402

SEARCH_TOPICS = [
    "stunting",
    "posyandu",
    "akta kelahiran",
    "pelatihan kepemimpinan",
    "e-kinerja",
    "data kependudukan",
    "layanan publik",
    "bagaimana cara validasi data",
]
ACTIONS = [("read", 55), ("search", 20), ("reply", 12), ("thread", 5), ("register", 8)]
INDEX_WAIT_SECONDS = 30


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Member:
    """One signed-in member: a session cookie and a CSRF secret, like a browser's."""

    def __init__(self, user, port):
        from django.conf import settings
        from django.test import Client
        from django.utils.crypto import get_random_string

        client = Client()
        client.force_login(user)
        self.username = user.username
        self.csrf = get_random_string(32)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        self.cookie = f"{settings.SESSION_COOKIE_NAME}={session}; {settings.CSRF_COOKIE_NAME}={self.csrf}"
        self.port = port

    def request(self, method, path, data=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Cookie": self.cookie, "Host": "127.0.0.1", "Accept-Encoding": "gzip"}
        body = None
        if data is not None:
            body = urllib.parse.urlencode({"csrfmiddlewaretoken": self.csrf, **data})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            return response.status, response.getheader("Location", "")
        finally:
            connection.close()


class Log:
    def __init__(self):
        self.lock = threading.Lock()
        self.timings = defaultdict(list)
        self.statuses = defaultdict(lambda: defaultdict(int))
        self.written = defaultdict(list)  # kind -> [(marker, answered_at)]

    def record(self, endpoint, status, started):
        elapsed = (time.perf_counter() - started) * 1000
        with self.lock:
            self.timings[endpoint].append(elapsed)
            self.statuses[endpoint][status] += 1

    def wrote(self, kind, marker):
        with self.lock:
            self.written[kind].append((marker, time.monotonic()))


def prepare(members):
    """Demo content, ``members`` members old enough to post, and the index."""
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    with open(os.devnull, "w") as quiet:
        call_command("seed_demo", stdout=quiet)
        benchsite.grow_members(get_user_model().objects.filter(profile__isnull=False).count() + members)
        call_command("search_index", "build", stdout=quiet)
    users = list(get_user_model().objects.filter(profile__isnull=False).order_by("-pk")[:members])
    get_user_model().objects.filter(pk__in=[u.pk for u in users]).update(
        date_joined=timezone.now() - timedelta(days=365)
    )
    return users


def targets():
    from community.models import PracticePage
    from forum.models import ForumPage, Thread
    from forum.sessions.models import SessionPage

    public_forums = list(ForumPage.objects.live().public().filter(visibility="public"))
    forum_ids = [forum.pk for forum in public_forums]
    threads = list(
        Thread.objects.filter(forum_id__in=forum_ids, is_hidden=False, is_locked=False).select_related(
            "forum"
        )
    )
    sessions = [s for s in SessionPage.objects.live().public() if s.start_at > timezone_now()]
    practices = list(PracticePage.objects.live().public()[:20])
    return {
        "forums": [(forum.url, forum.slug) for forum in public_forums],
        "threads": [(thread.pk, thread.get_absolute_url()) for thread in threads],
        "sessions": [(session.pk, session.url) for session in sessions],
        "practices": [practice.url for practice in practices],
    }


def timezone_now():
    from django.utils import timezone

    return timezone.now()


def drive(member, site, log, stop_at, rng, counter):
    registered = set()
    while time.monotonic() < stop_at:
        action = rng.choices([name for name, _ in ACTIONS], weights=[w for _, w in ACTIONS])[0]
        started = time.perf_counter()
        if action == "read":
            kind, path = rng.choice(
                [
                    ("home", "/"),
                    ("forum", rng.choice(site["forums"])[0]),
                    ("thread", rng.choice(site["threads"])[1]),
                    ("session", rng.choice(site["sessions"])[1] if site["sessions"] else "/sesi/"),
                    ("practice", rng.choice(site["practices"])),
                ]
            )
            status, _ = member.request("GET", path)
            log.record(f"GET {kind}", status, started)
        elif action == "search":
            status, _ = member.request(
                "GET", "/cari/?" + urllib.parse.urlencode({"q": rng.choice(SEARCH_TOPICS)})
            )
            log.record("GET /cari/", status, started)
        elif action == "reply":
            marker = f"muatbalas{next(counter)}"
            pk, _path = rng.choice(site["threads"])
            status, _ = member.request(
                "POST", f"/forum/diskusi/{pk}/balas/", {"body": f"Pengalaman kami serupa ({marker})."}
            )
            log.record("POST reply", status, started)
            if status < 400:
                log.wrote("reply", marker)
        elif action == "thread":
            marker = f"muattopik{next(counter)}"
            _url, slug = rng.choice(site["forums"])
            status, _ = member.request(
                "POST",
                f"/forum/{slug}/baru/",
                {
                    "title": f"Pertanyaan beban {marker}",
                    "body": f"Bagaimana pengalaman instansi lain? {marker}",
                },
            )
            log.record("POST thread", status, started)
            if status < 400:
                log.wrote("thread", marker)
        elif site["sessions"]:
            pk, _url = rng.choice(site["sessions"])
            verb = "batal" if pk in registered else "daftar"
            status, _ = member.request("POST", f"/sesi/{pk}/{verb}/", {})
            log.record(f"POST session {verb}", status, started)
            if status < 400:
                (registered.discard if verb == "batal" else registered.add)(pk)
                log.wrote(verb, (member.username, pk))


def watch_index(log, stop, lags):
    """Search the index for every written marker until found; record how long after its answer."""
    from wagtail.search.backends import get_search_backend

    from forum.models import Thread

    backend = get_search_backend()
    seen = set()
    while True:
        with log.lock:
            pending = [
                (marker, at)
                for kind in ("reply", "thread")
                for marker, at in log.written[kind]
                if marker not in seen
            ]
        for marker, answered_at in pending:
            if len(backend.search(marker, Thread.objects.all())) > 0:
                seen.add(marker)
                lags[marker] = time.monotonic() - answered_at
        if stop.is_set() and (not pending or len(seen) == len(lags) and not _unseen(log, seen)):
            return
        if stop.is_set() and time.monotonic() > stop.deadline:
            return
        time.sleep(0.25)


def _unseen(log, seen):
    with log.lock:
        return [m for kind in ("reply", "thread") for m, _ in log.written[kind] if m not in seen]


def check_database(log):
    from forum.models import Post, Thread
    from forum.sessions.models import Registration

    replies = Post.objects.filter(body_markdown__contains="muatbalas", position__gt=1).count()
    threads = Thread.objects.filter(title__contains="muattopik").count()
    usernames = {username for username, _pk in _sessions(log)}
    registered = Registration.objects.active().filter(member__user__username__in=usernames).count()
    return {
        "replies": (len(log.written["reply"]), replies),
        "threads": (len(log.written["thread"]), threads),
        "registrations now": (_net_registrations(log), registered),
    }


def _sessions(log):
    return [entry for entry, _ in log.written["daftar"]] + [entry for entry, _ in log.written["batal"]]


def _net_registrations(log):
    state = {}
    events = [(at, "daftar", entry) for entry, at in log.written["daftar"]]
    events += [(at, "batal", entry) for entry, at in log.written["batal"]]
    for _at, verb, entry in sorted(events):
        state[entry] = verb == "daftar"
    return sum(state.values())


def scan_logs(log_dir):
    access = (log_dir / "access.log").read_text(errors="replace") if (log_dir / "access.log").exists() else ""
    errors = "".join(
        (log_dir / name).read_text(errors="replace")
        for name in ("error.log", "server.log")
        if (log_dir / name).exists()
    )
    lines = [line.split(" ") for line in access.splitlines() if line]
    return {
        "requests logged": len(lines),
        # /kesehatan/ answers 503 on purpose while an index fault lasts.
        "5xx responses": sum(1 for line in lines if line[0].startswith("5") and "/kesehatan/" not in line),
        '"database is locked"': errors.count("database is locked"),
        # A deferred update (the queue keeps it and retries) is a warning, not an error.
        "Whoosh lock errors": sum(
            1
            for line in errors.splitlines()
            if re.search(r"LockError|WriteLockTimeout|Could not lock search index", line)
            and "deferred" not in line
        ),
        "index updates deferred (retried)": sum(1 for line in errors.splitlines() if "deferred" in line),
        "tracebacks": errors.count("Traceback"),
    }


def bare_view(port, requests=50):
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        served.get(port, served.BARE_PATH)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--postgres",
        action="store_true",
        help="Use the throwaway PostgreSQL of .ci/with-postgres.sh (run: bash .ci/with-postgres.sh "
        "python bench/load.py --postgres).",
    )
    parser.add_argument(
        "--search-backend",
        choices=("whoosh", "postgres"),
        default="whoosh",
        help="The search engine (SIMPUL_SEARCH_BACKEND); postgres needs --postgres.",
    )
    args = parser.parse_args()
    if args.search_backend == "postgres" and not args.postgres:
        parser.error("--search-backend postgres keeps the index in PostgreSQL: add --postgres")
    os.environ["SIMPUL_SEARCH_BACKEND"] = args.search_backend
    if args.postgres:
        if "DATABASE_URL" not in os.environ:
            parser.error("--postgres runs inside .ci/with-postgres.sh, which provides DATABASE_URL")
        os.environ["SIMPUL_BENCH_POSTGRES"] = "1"
    database = "PostgreSQL" if args.postgres else "SQLite"

    workdir = benchsite.start()
    print(f"Menyiapkan situs (demo, {args.members} anggota, indeks)...", flush=True)
    users = prepare(args.members)
    site = targets()
    log_dir = workdir / "logs"
    log_dir.mkdir()
    log = Log()
    lags = {}
    counter = iter(range(1, 10**9))
    counter_lock = threading.Lock()

    class SafeCounter:
        def __next__(self):
            with counter_lock:
                return next(counter)

    with served.serve(page_cache=True, workers=args.workers, log_dir=log_dir) as port:
        bare_before = bare_view(port)
        members = [Member(user, port) for user in users]
        stop = threading.Event()
        stop.deadline = 0
        watcher = threading.Thread(target=watch_index, args=(log, stop, lags))
        watcher.start()
        stop_at = time.monotonic() + args.seconds
        started = time.perf_counter()
        threads = [
            threading.Thread(
                target=drive, args=(member, site, log, stop_at, random.Random(args.seed + n), SafeCounter())
            )
            for n, member in enumerate(members)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.seconds + 120)
        elapsed = time.perf_counter() - started
        stop.deadline = time.monotonic() + INDEX_WAIT_SECONDS
        stop.set()
        watcher.join(timeout=INDEX_WAIT_SECONDS + 30)
        bare_after = bare_view(port)

    total = sum(len(t) for t in log.timings.values())
    print(
        f"\n{args.members} anggota, {args.workers} worker gunicorn, {database}, "
        f"pencarian {args.search_backend}, {elapsed:.0f} s"
    )
    print(
        f"bare view p50: {bare_before:.2f} ms sebelum, {bare_after:.2f} ms sesudah (tanpa beban, sebelum dan sesudah)"
    )
    print(f"total: {total} permintaan, {total / elapsed:.1f} permintaan/s\n")
    print(f"{'endpoint':<22} {'n':>6} {'gagal':>6} {'p50 ms':>8} {'p95 ms':>8}  status")
    for endpoint in sorted(log.timings):
        timings = log.timings[endpoint]
        statuses = dict(log.statuses[endpoint])
        failed = sum(n for status, n in statuses.items() if status >= 400)
        print(
            f"{endpoint:<22} {len(timings):>6} {failed:>6} {percentile(timings, 0.5):>8.1f} "
            f"{percentile(timings, 0.95):>8.1f}  {statuses}"
        )
    print("\nBasis data (jawaban klien, baris di basis data):")
    for name, (client, database) in check_database(log).items():
        print(f"  {name:<20} {client:>6} {database:>6}  {'sama' if client == database else 'BEDA'}")
    written = len(log.written["reply"]) + len(log.written["thread"])
    found = list(lags.values())
    print(f"\nIndeks: {len(found)}/{written} tulisan ditemukan")
    if found:
        late = sum(1 for lag in found if lag > 5)
        print(
            f"  jeda jawaban→dapat dicari: p50 {percentile(found, 0.5):.2f} s, p95 {percentile(found, 0.95):.2f} s, "
            f"maks {max(found):.2f} s, lebih dari 5 s: {late}"
        )
    print("\nLog server:")
    for name, value in scan_logs(log_dir).items():
        print(f"  {name:<26} {value}")
    from wagtail.search.backends import get_search_backend

    from community.models import PracticePage
    from forum.models import Thread
    from forum.sessions.models import SessionPage

    backend = get_search_backend()
    print("\nDrift:")
    for model in (PracticePage, Thread, SessionPage):
        print(f"  {drift(backend, model)}")


def drift(backend, model):
    """Whoosh's drift check; on a database backend, the index rows against the objects."""
    if hasattr(backend, "check_drift"):
        return backend.check_drift(model)
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(model)
    entries = backend.get_index_for_model(model).entries  # the database backends' index rows
    indexed = set(entries.filter(content_type=content_type).values_list("object_id", flat=True))
    expected = {str(pk) for pk in model.get_indexed_objects().values_list("pk", flat=True)}
    return (
        f"{model.__name__}: {len(expected - indexed)} missing, {len(indexed - expected)} stale (index rows)"
    )


if __name__ == "__main__":
    main()
