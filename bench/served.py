"""Pages through a real gunicorn server: p50/p95, requests/s, cold and cached, against a bare view.

Used by bench/pages.py and bench/practices.py once their throwaway database
is filled. `serve()` starts gunicorn (2 sync workers, DEBUG off, the bench's
SQLite database and file cache) on a port of its own; `measure_served()`
times anonymous GETs over real sockets, one connection per request as a
browser behind no proxy would make them, with `Accept-Encoding: gzip`.

Two servers are measured, one after the other:

- "cold": the anonymous page cache switched off (SIMPUL_BENCH_PAGE_CACHE=0),
  so every request renders the page; what is cached between publishes
  (counts, option lists, related content) may still come from the cache,
  as it does in production after the first request.
- "cached": the page cache on and warmed by the first requests.

Each figure is also given as a multiple of `/_bench/bare/`, a view that
returns a few bytes through the same middleware, measured in the same run
on the same server: the yardstick that makes figures from different
machines comparable.
"""

import contextlib
import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_PATH = "/_bench/bare/"
THROUGHPUT_SECONDS = 3.0
THROUGHPUT_CLIENTS = 4
#: port -> the gunicorn master process serving it (bench/faults.py kills its workers).
RUNNING = {}


def _free_port(start=8611):
    for port in range(start, 8999):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError("no free port between 8611 and 8999")


@contextlib.contextmanager
def serve(*, page_cache, workers=2, log_dir=None, extra_args=(), env_extra=None):
    """A gunicorn server on the bench database; yields its port.

    With ``log_dir``, gunicorn's access log (status of every request) and
    error log (with Django's tracebacks) are written there.
    """
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SIMPUL_BENCH_PAGE_CACHE": "1" if page_cache else "0",
        "PYTHONPATH": str(ROOT),
        **(env_extra or {}),
    }
    logs = []
    output = None
    if log_dir is not None:
        # Django logs (errors, deferred index writes) go to the workers' stderr.
        output = open(Path(log_dir) / "server.log", "ab")  # noqa: SIM115 - closed with the server
        logs = [
            "--access-logfile",
            str(Path(log_dir) / "access.log"),
            "--access-logformat",
            "%(s)s %(m)s %(U)s %(M)s",
            "--error-logfile",
            str(Path(log_dir) / "error.log"),
        ]
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(  # noqa: S603 - our own gunicorn with fixed arguments
        [
            str(gunicorn),
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{port}",
            "--chdir",
            str(ROOT),
            "--log-level",
            "warning",
            *logs,
            *extra_args,
            "config.wsgi:application",
        ],
        env=env,
        stdout=output,
        stderr=output,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, _ = get(port, BARE_PATH)
                if status == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not start")
            time.sleep(0.2)
        RUNNING[port] = process
        yield port
    finally:
        RUNNING.pop(port, None)
        process.terminate()
        process.wait(timeout=30)
        if output is not None:
            output.close()


def get(port, path, cookie=None, *, with_headers=False):
    """One GET on a new connection; returns (status, body bytes as sent[, response headers])."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Accept-Encoding": "gzip", "Host": "127.0.0.1"}
    if cookie:
        headers["Cookie"] = cookie
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        if with_headers:
            return response.status, body, response
        return response.status, body
    finally:
        connection.close()


def _timings(port, path, requests, cookie=None):
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        get(port, path, cookie)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _throughput(port, path, seconds=THROUGHPUT_SECONDS, clients=THROUGHPUT_CLIENTS, cookie=None):
    done = [0] * clients
    stop = time.perf_counter() + seconds

    def run(slot):
        while time.perf_counter() < stop:
            get(port, path, cookie)
            done[slot] += 1

    threads = [threading.Thread(target=run, args=(slot,)) for slot in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / (time.perf_counter() - started)


def measure_served(port, path, requests, cookie=None):
    """p50/p95 ms over `requests` sequential GETs after a warm-up, requests/s, bytes sent, cache hit."""
    status, body = get(port, path, cookie)
    for _ in range(3):  # both workers: templates compiled, caches filled
        get(port, path, cookie)
    timings = _timings(port, path, requests, cookie)
    _status, _body, last = get(port, path, cookie, with_headers=True)
    return {
        "status": status,
        "p50": statistics.median(timings),
        "p95": statistics.quantiles(timings, n=20, method="inclusive")[18]
        if len(timings) > 1
        else timings[0],
        "rps": _throughput(port, path, cookie=cookie),
        "kb_sent": len(body) / 1024,
        "cache": last.getheader("X-Simpul-Cache") or "-",
    }


def measure_all(pages, requests, *, page_cache, cookie=None):
    """{label: figures} for (label, path) pages and the bare view, on one server."""
    with serve(page_cache=page_cache) as port:
        rows = {"bare Django view": measure_served(port, BARE_PATH, requests)}
        for label, path in pages:
            rows[label] = measure_served(port, path, requests, cookie)
    return rows


def print_served_table(title, pages, requests, queries):
    """Measure cold then cached and print one table; `queries` maps label -> (cold, cached) SQL counts."""
    cold = measure_all(pages, requests, page_cache=False)
    cached = measure_all(pages, requests, page_cache=True)
    bare_cold, bare_cached = cold["bare Django view"], cached["bare Django view"]
    print(
        f"\n{title}\ngunicorn, 2 sync worker, DEBUG off, SQLite, GET anonim dengan Accept-Encoding: gzip; "
        f"{requests} permintaan berurutan per halaman untuk p50/p95, {THROUGHPUT_CLIENTS} klien serentak "
        f"{THROUGHPUT_SECONDS:.0f} s untuk req/s.\n"
        f"Tampilan Django polos: dingin p50 {bare_cold['p50']:.2f} ms, {bare_cold['rps']:.0f} req/s; "
        f"tembolok p50 {bare_cached['p50']:.2f} ms, {bare_cached['rps']:.0f} req/s.\n"
    )
    header = (
        f"{'halaman':<22} {'status':>6} {'KB gz':>6} | {'dingin p50':>10} {'p95':>7} {'×polos':>7} "
        f"{'req/s':>6} {'SQL':>4} | {'tembolok p50':>12} {'p95':>7} {'×polos':>7} {'req/s':>6} {'SQL':>4} "
        f"{'hit?':>4}"
    )
    print(header)
    print("-" * len(header))
    for label, _path in [("bare Django view", BARE_PATH), *pages]:
        c, h = cold[label], cached[label]
        sql_cold, sql_cached = queries.get(label, ("-", "-"))
        print(
            f"{label:<22} {c['status']:>6} {c['kb_sent']:>6.1f} | {c['p50']:>10.2f} {c['p95']:>7.2f} "
            f"{c['p50'] / bare_cold['p50']:>7.1f} {c['rps']:>6.0f} {sql_cold:>4} | "
            f"{h['p50']:>12.2f} {h['p95']:>7.2f} {h['p50'] / bare_cached['p50']:>7.1f} {h['rps']:>6.0f} "
            f"{sql_cached:>4} {h['cache']:>4}"
        )
    print(
        "\n×polos = p50 halaman dibagi p50 tampilan polos pada server yang sama; SQL = query per permintaan "
        "(dingin: tembolok halaman kosong; tembolok: permintaan kedua), dihitung di dalam proses; "
        "KB gz = byte yang dikirim; hit? = X-Simpul-Cache dari server bertembolok (- = tidak disimpan)."
    )
    return cold, cached


def session_cookie(user):
    """A Cookie header that signs `user` in on the bench's gunicorn (same database, same sessions)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def print_member_table(title, pages, requests, user):
    """Signed-in GETs (never from the page cache) on the cached server, against the bare view."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(headers={"accept-encoding": "gzip"})
    client.force_login(user)
    queries = {}
    for label, path in pages:
        client.get(path)  # the first visit records the read position; count the next one
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        queries[label] = len(captured.captured_queries)
    rows = measure_all(pages, requests, page_cache=True, cookie=session_cookie(user))
    bare = rows["bare Django view"]
    print(
        f"\n{title}\ngunicorn seperti di atas, GET dengan cookie sesi anggota (tembolok halaman tidak berlaku). "
        f"Tampilan polos: p50 {bare['p50']:.2f} ms, {bare['rps']:.0f} req/s.\n"
    )
    header = f"{'halaman':<28} {'status':>6} {'KB gz':>6} {'p50':>8} {'p95':>7} {'×polos':>7} {'req/s':>6} {'SQL':>4}"
    print(header)
    print("-" * len(header))
    for label, _path in [("bare Django view", BARE_PATH), *pages]:
        row = rows[label]
        print(
            f"{label:<28} {row['status']:>6} {row['kb_sent']:>6.1f} {row['p50']:>8.2f} {row['p95']:>7.2f} "
            f"{row['p50'] / bare['p50']:>7.1f} {row['rps']:>6.0f} {queries.get(label, '-'):>4}"
        )
    return rows


def count_queries(path):
    """SQL queries of an anonymous GET with the page cache emptied, then of a second GET."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(headers={"accept-encoding": "gzip"})
    with override_settings(SIMPUL_PAGE_CACHE_ENABLED=True):
        client.get(path)  # templates compiled, values cached between publishes filled
        _clear_page_cache()
        with CaptureQueriesContext(connection) as cold:
            client.get(path)
        with CaptureQueriesContext(connection) as cached:
            client.get(path)
    return len(cold.captured_queries), len(cached.captured_queries)


def _clear_page_cache():
    try:
        from community.page_cache.store import forget_pages
    except ImportError:  # before the page cache existed
        return
    forget_pages()


def page_cache_off_in_process():
    """The in-process tables measure rendering: no anonymous page cache there (the served table has both)."""
    from django.conf import settings

    settings.SIMPUL_PAGE_CACHE_ENABLED = False
