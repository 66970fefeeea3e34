"""Faults against the running site: a held index lock, killed workers, a killed rebuild, a full disk.

    python bench/faults.py [--posts 10000] [--kills 20] [--workers 4]

Builds a throwaway Simpul (bench/benchsite.py: SQLite in a temporary
directory) with generated members and ``--posts`` forum posts (bench/forum.py),
builds the Whoosh index, starts gunicorn as deployed (tasks after the commit,
the indexing queue's retry thread; ``--max-requests 50`` so workers are
recycled all along) and runs, one after the other:

(a) another process holds the thread index's write lock for 15 s while 10
    replies are posted: each reply's answer time, and how long after the
    release all 10 are searchable (aims: every answer within 2 s, all
    searchable within 5 s);
(b) 30 replies, SIGKILLing every worker right after each answer: replies
    missing from search once the workers are back (aim: none);
(c) ``--kills`` times, ``search_index build`` is started and SIGKILLed at a
    random moment; after each, the site's search answers (no 5xx) and the
    live index still holds every thread; then a rebuild runs to the end;
(d) with the index on a small tmpfs filled to the last byte (root only; the
    step says why it is skipped otherwise): 5 replies are posted, /kesehatan/
    reports the fault, then space is freed and the index catches up.

After all of them, the drift check must report 0 missing and 0 stale
documents. Every wait is bounded. Prints figures; asserts nothing.
"""

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))  # bench/forum.py imports benchsite as a top-level module
os.environ["SIMPUL_BENCH_AS_DEPLOYED"] = "1"

from bench import benchsite, served  # noqa: E402
from bench.load import Member, bare_view  # noqa: E402

HOLD_SECONDS = 15
WAIT_SECONDS = 30


BUILD_COMMAND = [sys.executable, "manage.py", "search_index", "build"]


def bench_env():
    # Read when called: benchsite.start() sets SIMPUL_BENCH_DIR after this module is imported.
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings", "PYTHONPATH": str(ROOT)}


def build_index():
    """A whole index build in its own process, as an operator runs it."""
    subprocess.run(BUILD_COMMAND, cwd=ROOT, env=bench_env(), check=True, capture_output=True)  # noqa: S603


def searchable(marker):
    from wagtail.search.backends import get_search_backend

    from forum.models import Thread

    return len(get_search_backend().search(marker, Thread.objects.all())) > 0


def wait_searchable(markers, limit=WAIT_SECONDS):
    """Seconds until every marker is found (None if not within ``limit``)."""
    started = time.monotonic()
    pending = set(markers)
    while pending and time.monotonic() - started < limit:
        pending = {marker for marker in pending if not searchable(marker)}
        if pending:
            time.sleep(0.2)
    return None if pending else time.monotonic() - started


def reply(member, thread_pk, marker):
    started = time.perf_counter()
    status, _ = member.request(
        "POST", f"/forum/diskusi/{thread_pk}/balas/", {"body": f"Catatan uji ({marker})."}
    )
    return status, time.perf_counter() - started


def worker_pids(master_pid):
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master_pid)], capture_output=True, text=True)  # noqa: S603,S607
    return [int(pid) for pid in out.stdout.split()]


def thread_index_path():
    from wagtail.search.backends import get_search_backend

    from forum.models import Thread

    backend = get_search_backend()
    store = backend.get_store(backend.get_index_for_model(Thread).name)
    return store.generation_path(store.ensure_current())


def fault_a_lock(member, thread_pk):
    import threading

    code = (
        "import sys\nfrom whoosh import index\n"
        f"writer = index.open_dir({str(thread_index_path())!r}).writer()\n"
        "print('locked', flush=True)\nsys.stdin.read()\nwriter.cancel()\n"
    )
    holder = subprocess.Popen(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    holder.stdout.readline()
    locked_at = time.monotonic()
    answers, markers = [], [f"kuncia{number}x{random.randint(1000, 9999)}" for number in range(10)]  # noqa: S311

    def post(marker):
        answers.append(reply(member, thread_pk, marker))

    posters = [threading.Thread(target=post, args=(marker,)) for marker in markers]
    for poster in posters:
        poster.start()
    for poster in posters:
        poster.join(timeout=120)
    found_while_locked = sum(1 for marker in markers if searchable(marker))
    still_locked = time.monotonic() - locked_at < HOLD_SECONDS
    time.sleep(max(0.0, HOLD_SECONDS - (time.monotonic() - locked_at)))
    holder.stdin.close()
    holder.wait(timeout=30)
    lag = wait_searchable(markers)
    print(f"(a) kunci tulis indeks dipegang proses lain selama {HOLD_SECONDS} s, 10 balasan bersamaan:")
    print(
        f"    status: {sorted({s for s, _ in answers})}, jawaban terlama {max(s for _, s in answers):.2f} s"
    )
    print(
        f"    dapat dicari selagi terkunci: {found_while_locked}/10"
        + ("" if still_locked else " (balasan selesai setelah 15 s: mesin terlalu sibuk)")
    )
    print(
        f"    semua dapat dicari {lag:.2f} s setelah kunci dilepas"
        if lag is not None
        else "    TIDAK semua dapat dicari"
    )


def fault_b_sigkill(member, thread_pk, master_pid, port):
    markers, statuses = [], []
    for number in range(30):
        marker = f"bunuhb{number}x{random.randint(1000, 9999)}"  # noqa: S311
        status, _seconds = reply(member, thread_pk, marker)
        statuses.append(status)
        if status < 400:
            markers.append(marker)
        for pid in worker_pids(master_pid):
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if served.get(port, served.BARE_PATH)[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.1)
    lag = wait_searchable(markers)
    missing = [marker for marker in markers if not searchable(marker)]
    print("(b) 30 balasan, setiap worker di-SIGKILL tepat setelah menjawab (max_requests=50):")
    print(
        f"    status: {sorted(set(statuses))}, tersimpan dan dijawab: {len(markers)}, hilang dari pencarian: {len(missing)}"
    )
    if lag is not None:
        print(f"    semua dapat dicari dalam {lag:.2f} s setelah pembunuhan terakhir")


def fault_c_rebuild(kills, port):
    from wagtail.search.backends import get_search_backend

    from forum.models import Thread

    threads = Thread.objects.count()
    full_build = time.perf_counter()
    build_index()
    build_seconds = time.perf_counter() - full_build
    statuses, incomplete = [], 0
    rng = random.Random(7)
    for _ in range(kills):
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and manage.py
            BUILD_COMMAND, cwd=ROOT, env=bench_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.3, max(0.4, build_seconds * 0.95)))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        for query in ("posyandu", "jadwal posyandu bergilir"):
            statuses.append(served.get(port, "/cari/?q=" + query.replace(" ", "+"))[0])
        incomplete += bool(get_search_backend().check_drift(Thread).missing)
    started = time.perf_counter()
    build_index()
    print(
        f"(c) {kills}× membangun ulang indeks ({threads} diskusi, {build_seconds:.1f} s) lalu SIGKILL di titik acak:"
    )
    print(
        f"    status /cari/ setelahnya: {sorted(set(statuses))}; indeks hidup tak lengkap: {incomplete}/{kills}"
    )
    print(f"    pembangunan ulang penuh sesudahnya: {time.perf_counter() - started:.1f} s")


def fault_d_disk_full(member, thread_pk, port, mount_at):
    filler = mount_at / "filler"
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(b"\0" * (1 << 20))
                out.flush()
        except OSError:
            pass
    for extra in range(10_000):  # the last bytes, 4 KiB at a time
        try:
            with open(mount_at / f"filler-{extra}", "wb") as out:
                out.write(b"\0" * 4096)
        except OSError:
            break
    markers, statuses = [], []
    for number in range(5):
        marker = f"penuhd{number}x{random.randint(1000, 9999)}"  # noqa: S311
        status, _seconds = reply(member, thread_pk, marker)
        statuses.append(status)
        markers.append(marker)
    time.sleep(1)
    health_full = served.get(port, "/kesehatan/")
    for path in mount_at.glob("filler*"):
        path.unlink()
    freed = time.monotonic()
    lag = wait_searchable(markers)
    health_after = served.get(port, "/kesehatan/")
    print("(d) indeks di tmpfs yang penuh, 5 balasan:")
    print(
        f"    status balasan: {sorted(set(statuses))}; /kesehatan/ saat penuh: {health_full[0]} {health_full[1][:160]!r}"
    )
    print(
        f"    semua dapat dicari {lag:.2f} s setelah ruang kembali; /kesehatan/: {health_after[0]}"
        if lag is not None
        else f"    TIDAK semua dapat dicari dalam {WAIT_SECONDS} s ({time.monotonic() - freed:.0f} s)"
    )


def mount_index_tmpfs(index_root):
    """Put the index on a tmpfs of its own (root only), so (d) can fill it without filling the machine."""
    if os.geteuid() != 0:
        return None
    index_root.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(  # noqa: S603
        ["mount", "-t", "tmpfs", "-o", "size=512m", "tmpfs", str(index_root)],  # noqa: S607
        capture_output=True,
    )
    return index_root if result.returncode == 0 else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--threads", type=int, default=500)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    workdir = benchsite.start()
    import importlib.util
    from datetime import timedelta

    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.utils import timezone
    from wagtail.search.backends import get_search_backend

    spec = importlib.util.spec_from_file_location("forum_bench", ROOT / "bench" / "forum.py")
    forum_bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(forum_bench)
    from community.models import PracticePage
    from forum.models import Thread

    index_root = Path(settings.WAGTAILSEARCH_BACKENDS["default"]["PATH"])
    tmpfs = mount_index_tmpfs(index_root)
    try:
        print(f"Menyiapkan situs ({args.threads} diskusi, {args.posts} pos)...", flush=True)
        benchsite.grow_members(60)
        forum_bench.build(args.threads, args.posts, random.Random(3))
        get_user_model().objects.update(date_joined=timezone.now() - timedelta(days=365))
        build_index()
        thread = Thread.objects.filter(is_locked=False, is_hidden=False).order_by("reply_count").first()
        user = get_user_model().objects.filter(profile__isnull=False).first()
        log_dir = workdir / "logs"
        log_dir.mkdir()
        with served.serve(
            page_cache=True, workers=args.workers, log_dir=log_dir, extra_args=["--max-requests", "50"]
        ) as port:
            member = Member(user, port)
            print(f"bare view p50: {bare_view(port):.2f} ms (tolok ukur)")
            master = served.RUNNING[port].pid
            fault_a_lock(member, thread.pk)
            fault_b_sigkill(member, thread.pk, master, port)
            fault_c_rebuild(args.kills, port)
            if tmpfs is not None:
                fault_d_disk_full(member, thread.pk, port, tmpfs)
            else:
                print("(d) dilewati: memasang tmpfs untuk indeks butuh root (mount)")
            time.sleep(2)
        from bench.load import scan_logs

        print("\nLog server:")
        for name, value in scan_logs(log_dir).items():
            print(f"  {name:<26} {value}")
        backend = get_search_backend()
        print("\nDrift setelah semua gangguan:")
        for model in (PracticePage, Thread):
            print(f"  {backend.check_drift(model)}")
    finally:
        if tmpfs is not None:
            subprocess.run(["umount", "--lazy", str(tmpfs)], check=False)  # noqa: S603,S607


if __name__ == "__main__":
    main()
