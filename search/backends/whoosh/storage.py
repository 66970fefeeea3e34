"""On-disk layout, index generations and the write lock.

Layout under ``PATH``::

    PATH/<index_name>/CURRENT            name of the live generation (replaced atomically)
    PATH/<index_name>/REBUILD.json       present while an atomic rebuild fills a new generation
    PATH/<index_name>/g<time>-<rand>/    a Whoosh index ("generation")
        MAIN_WRITELOCK                   Whoosh's write lock (fcntl/msvcrt file lock)
        WRITER.json                      who holds the write lock: pid, host, since

An atomic rebuild fills a fresh generation and then swaps ``CURRENT`` with
``os.replace``, so readers always find a complete index. While the rebuild
runs, ordinary writes (signal handlers in other processes) go to *both* the
live generation and the one being built, so they are not lost by the swap.
Superseded generations are kept (``KEEP_GENERATIONS``) for readers that
opened them just before the swap, then deleted.

Whoosh allows one writer per index. Writers wait for the lock with a
bounded retry loop (``WRITE_LOCK_TIMEOUT``) and then raise
:class:`WriteLockTimeout`. The lock is an OS file lock, which the kernel
releases when its process dies; a lock can still outlive its owner when the
descriptor was inherited by a forked child, or hang with a stuck process.
So when ``WRITER.json`` names a dead process on this host, or is older than
``STALE_LOCK_SECONDS``, the lock file is removed (logged as a warning) and
acquisition retried on a fresh lock file.
"""

import json
import logging
import os
import random
import re
import secrets
import shutil
import socket
import tempfile
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3PerDocReader
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import MERGE_SMALL, SegmentWriter

from .exceptions import IndexUnavailable, WriteLockTimeout
from .schema import PK

logger = logging.getLogger(__name__)

CURRENT_FILE = "CURRENT"
REBUILD_FILE = "REBUILD.json"
HOLDER_FILE = "WRITER.json"
INIT_LOCK_FILE = "INIT.lock"
WHOOSH_LOCK_FILE = f"{whoosh_index._DEF_INDEX_NAME}_WRITELOCK"
GENERATION_RE = re.compile(r"^g\d{20}-[0-9a-f]{8}$")
#: A rebuild marker older than this is ignored even if its process lives.
REBUILD_MAX_AGE = 24 * 3600
#: Whoosh's own default posting pool (MB) for a writer.
WRITER_MEMORY_MB = 128
#: Segments tolerated before a commit merges the small ones.
MAX_SEGMENTS = 8
#: A generation newer than the live one, not being rebuilt, is removed after this.
ABANDONED_GENERATION_AGE = 3600
#: Attempts to open an index that is being committed to concurrently.
OPEN_ATTEMPTS = 3


_local = threading.local()


def _searcher_cache():
    cache = getattr(_local, "searchers", None)
    if cache is None:
        cache = _local.searchers = {}
    return cache


def pid_alive(pid):
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def _write_atomic(path, text, durable=True):
    """Replace ``path`` with ``text`` in one step (readers never see half a file).

    ``durable`` also fsyncs before the rename. The lock-holder record and the
    rebuild marker skip that: they describe a running process, which a crash
    ends anyway, and an fsync per write was most of the cost of a small commit.
    """
    directory = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _process_info():
    return {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}


class IndexStore:
    """The directory of one index: its generations, pointer and locks."""

    def __init__(self, base_path, name, schema_factory, options):
        self.name = name
        self.path = os.path.join(base_path, name)
        self.schema_factory = schema_factory
        self.options = options

    # Generations -----------------------------------------------------------

    def generation_path(self, generation):
        return os.path.join(self.path, generation)

    def current_generation(self):
        try:
            with open(os.path.join(self.path, CURRENT_FILE), encoding="utf-8") as f:
                generation = f.read().strip()
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as e:
            raise IndexUnavailable(
                f"Cannot read the pointer of search index {self.name!r}: {e}",
                index_name=self.name,
                path=self.path,
            ) from e
        if not GENERATION_RE.match(generation):
            raise IndexUnavailable(
                f"Search index {self.name!r} has a corrupted {CURRENT_FILE} file.",
                index_name=self.name,
                path=self.path,
            )
        return generation

    def exists(self):
        return self.current_generation() is not None

    def create_generation(self):
        """Create a new, empty generation and return its name (not yet live)."""
        os.makedirs(self.path, exist_ok=True)
        generation = f"g{time.time_ns():020d}-{secrets.token_hex(4)}"
        path = self.generation_path(generation)
        os.makedirs(path)
        whoosh_index.create_in(path, self.schema_factory())
        return generation

    def ensure_current(self):
        """Return the live generation, creating an empty index if there is none."""
        generation = self.current_generation()
        if generation is not None:
            return generation
        os.makedirs(self.path, exist_ok=True)
        lock = FileStorage(self.path).lock(INIT_LOCK_FILE)
        if not _try_for(lock.acquire, self.options.write_lock_timeout):
            raise WriteLockTimeout(f"Timed out creating search index {self.name!r} at {self.path}.")
        try:
            generation = self.current_generation()
            if generation is None:
                generation = self.create_generation()
                self.swap_to(generation)
        finally:
            lock.release()
        return generation

    def swap_to(self, generation):
        """Make ``generation`` the live one, then drop superseded generations."""
        _write_atomic(os.path.join(self.path, CURRENT_FILE), generation + "\n")
        self.cleanup()

    def list_generations(self):
        try:
            names = os.listdir(self.path)
        except FileNotFoundError:
            return []
        return sorted(n for n in names if GENERATION_RE.match(n))

    def cleanup(self):
        """Delete generations that are neither live, being rebuilt, nor among
        the ``KEEP_GENERATIONS`` most recent superseded ones."""
        current = self.current_generation()
        rebuilding = self.active_rebuild()
        superseded = [
            g
            for g in self.list_generations()
            if g not in (current, rebuilding) and (current is None or g < current)
        ]
        keep_count = self.options.keep_generations
        keep = set(superseded[len(superseded) - keep_count :]) if keep_count else set()
        doomed = [g for g in superseded if g not in keep]
        # Newer generations left behind by a rebuild that died (no live marker).
        for generation in self.list_generations():
            if current is not None and generation > current and generation != rebuilding:
                try:
                    age = time.time() - os.path.getmtime(self.generation_path(generation))
                except OSError:
                    continue
                if age > ABANDONED_GENERATION_AGE:
                    doomed.append(generation)
        for generation in doomed:
            shutil.rmtree(self.generation_path(generation), ignore_errors=True)

    # Atomic rebuild marker -------------------------------------------------

    def start_rebuild(self, generation):
        info = _process_info()
        info["generation"] = generation
        _write_atomic(os.path.join(self.path, REBUILD_FILE), json.dumps(info), durable=False)

    def finish_rebuild(self, generation):
        marker = _read_json(os.path.join(self.path, REBUILD_FILE))
        if marker and marker.get("generation") == generation:
            try:
                os.unlink(os.path.join(self.path, REBUILD_FILE))
            except FileNotFoundError:
                pass

    def active_rebuild(self):
        """The generation an atomic rebuild is filling, if one is running."""
        marker = _read_json(os.path.join(self.path, REBUILD_FILE))
        if not marker or not GENERATION_RE.match(str(marker.get("generation", ""))):
            return None
        dead = marker.get("host") == socket.gethostname() and not pid_alive(int(marker.get("pid", 0)))
        too_old = time.time() - float(marker.get("since", 0)) > REBUILD_MAX_AGE
        if dead or too_old or not os.path.isdir(self.generation_path(marker["generation"])):
            return None
        return marker["generation"]

    # Opening ---------------------------------------------------------------

    def open_index(self, generation):
        path = self.generation_path(generation)
        last_error = None
        for attempt in range(OPEN_ATTEMPTS):
            try:
                return whoosh_index.open_dir(path)
            except Exception as e:  # noqa: BLE001 - any failure to open means "unavailable"
                last_error = e
                time.sleep(0.05 * (attempt + 1))
        raise IndexUnavailable(
            f"Search index {self.name!r} at {path} cannot be opened: {last_error!r}",
            index_name=self.name,
            path=path,
        ) from last_error

    def open_current(self):
        generation = self.current_generation()
        if generation is None:
            raise IndexUnavailable(
                f"Search index {self.name!r} does not exist at {self.path}; run rebuild_modelsearch_index.",
                index_name=self.name,
                path=self.path,
            )
        return self.open_index(generation)

    @contextmanager
    def searcher(self):
        """A searcher on the live generation.

        Opening a Whoosh reader maps every segment file, which dominates the
        cost of small queries, so each thread keeps its searcher per index and
        opens a new one only when a commit or a generation swap happened since.

        Whoosh's ``Searcher.refresh()`` is not used: it reuses the reader of a
        segment whose documents were deleted since (readers are matched by
        segment id), and adds back segments a merge replaced, so an updated
        object would be found twice, by its old words too, and a deleted one
        would still be found."""
        generation = self.current_generation()
        if generation is None:
            raise IndexUnavailable(
                f"Search index {self.name!r} does not exist at {self.path}; run rebuild_modelsearch_index.",
                index_name=self.name,
                path=self.path,
            )
        path = self.generation_path(generation)
        cache = _searcher_cache()
        cached = cache.get(self.path)
        searcher = None
        try:
            if cached is not None and cached[0] == path and cached[1].up_to_date():
                searcher = cached[1]
            else:
                if cached is not None:
                    cache.pop(self.path, None)
                    cached[1].close()
                searcher = self.open_index(generation).searcher()
        except IndexUnavailable:
            cache.pop(self.path, None)
            raise
        except Exception as e:  # noqa: BLE001 - any failure to read means "unavailable"
            cache.pop(self.path, None)
            raise IndexUnavailable(
                f"Search index {self.name!r} cannot be read: {e!r}", index_name=self.name, path=path
            ) from e
        cache[self.path] = (path, searcher)
        yield searcher

    # Writing ---------------------------------------------------------------

    def _holder_path(self, generation):
        return os.path.join(self.generation_path(generation), HOLDER_FILE)

    def _holder_is_stale(self, holder):
        if not holder:
            return False
        try:
            pid = int(holder.get("pid", 0))
            since = float(holder.get("since", 0))
        except (TypeError, ValueError):
            return False
        if holder.get("host") == socket.gethostname() and pid and not pid_alive(pid):
            return True
        stale_after = self.options.stale_lock_seconds
        return stale_after is not None and pid != os.getpid() and time.time() - since > stale_after

    def _break_lock(self, generation, holder):
        logger.warning(
            "Breaking stale write lock of search index %s/%s held by %s", self.name, generation, holder
        )
        for name in (WHOOSH_LOCK_FILE, HOLDER_FILE):
            try:
                os.unlink(os.path.join(self.generation_path(generation), name))
            except FileNotFoundError:
                pass

    def acquire_writer(self, ix, generation, memory_mb=None):
        """Open a Whoosh writer, waiting at most ``WRITE_LOCK_TIMEOUT`` seconds
        (or less inside :func:`lock_wait`). ``memory_mb``: how much of the postings
        Whoosh keeps in memory before it sorts them through temporary files
        (its default, 128, for the small commits of live writes)."""
        wait = self.options.write_lock_timeout
        override = _lock_wait.get()
        if override is not None:
            wait = min(wait, override)
        deadline = time.monotonic() + wait
        delay = 0.02
        broke_lock = False
        while True:
            try:
                writer = FlushingWriter(ix, timeout=0.0, limitmb=memory_mb or WRITER_MEMORY_MB)
            except whoosh_index.LockError:
                holder = _read_json(self._holder_path(generation))
                if not broke_lock and self._holder_is_stale(holder):
                    self._break_lock(generation, holder)
                    broke_lock = True
                    continue
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise WriteLockTimeout(
                        f"Could not lock search index {self.name!r} ({generation}) for writing within "
                        f"{wait}s; held by {holder or 'an unknown process'}.",
                        holder=holder,
                    ) from None
                time.sleep(min(remaining, delay * random.uniform(0.5, 1.5)))  # noqa: S311 - jitter only
                delay = min(delay * 2, 0.5)
                continue
            try:
                _write_atomic(self._holder_path(generation), json.dumps(_process_info()), durable=False)
            except OSError:
                logger.debug("Could not record the write-lock holder of %s", self.name, exc_info=True)
            return writer

    @contextmanager
    def writer(self, generation, memory_mb=None):
        """One Whoosh writer for a batch: committed on success, cancelled on error."""
        ix = self.open_index(generation)
        writer = self.acquire_writer(ix, generation, memory_mb)
        try:
            yield writer
        except BaseException:
            self._drop_holder(generation)
            writer.cancel()
            raise
        self._drop_holder(generation)
        writer.commit(mergetype=merge_when_fragmented)

    def _drop_holder(self, generation):
        # Removed while we still hold the lock, so we never delete the next holder's file.
        try:
            os.unlink(self._holder_path(generation))
        except FileNotFoundError:
            pass

    def write_groups(self, generation, groups, memory_mb=None):
        """Replace the documents of the given objects: ``{pk: [doc, *children]}``."""
        with self.writer(generation, memory_mb) as writer:
            writer.delete_by_query(wq.Or([wq.Term(PK, pk) for pk in groups]))
            for docs in groups.values():
                with writer.group():
                    for doc in docs:
                        writer.add_document(**doc)

    def delete_pks(self, generation, pks):
        pks = list(pks)
        if not pks:
            return
        with self.writer(generation) as writer:
            writer.delete_by_query(wq.Or([wq.Term(PK, pk) for pk in pks]))

    def segment_count(self, generation):
        """How many segments the generation has (each query reads every one)."""
        return len(self.open_index(generation)._segments())

    def optimize(self, generation):
        """Merge the generation into a single segment (end of a rebuild)."""
        ix = self.open_index(generation)
        writer = self.acquire_writer(ix, generation)
        self._drop_holder(generation)
        try:
            writer.commit(optimize=True)
        except BaseException:
            writer.cancel()
            raise


class _FlushedLengths(W3PerDocReader):
    """The field lengths of a segment just written, read while its postings are flushed.

    Whoosh asks the disk whether a field has a lengths column once per
    posting (a ``stat`` each time); IDs, keywords and numbers never have one,
    so a rebuild spent a fifth of its commit time on those calls. The answer
    cannot change for a closed segment: remember the fields without one.
    """

    def __init__(self, storage, segment):
        super().__init__(storage, segment)
        self._without_column = set()

    def has_column(self, fieldname):
        if fieldname in self._without_column:
            return False
        if super().has_column(fieldname):
            return True
        self._without_column.add(fieldname)
        return False


class FlushingWriter(SegmentWriter):
    """Whoosh's segment writer, flushing with :class:`_FlushedLengths`."""

    def per_document_reader(self):
        if not self.perdocwriter.is_closed:
            raise RuntimeError("Per-doc writer is still open")
        return _FlushedLengths(self.storage, self.get_segment())


def merge_when_fragmented(writer, segments):
    """Whoosh merge policy: leave segments alone (cheap commits for the
    one-object writes of signal handlers) until there are more than
    ``MAX_SEGMENTS``, then merge the small ones."""
    if len(segments) <= MAX_SEGMENTS:
        return segments
    return MERGE_SMALL(writer, segments)


_lock_wait = ContextVar("simpul_whoosh_lock_wait", default=None)


@contextmanager
def lock_wait(seconds):
    """Wait at most ``seconds`` for the write lock inside the block.

    The indexing queue (search.indexing) writes from web requests: there it
    would rather leave its changes queued than keep a reader waiting.
    """
    token = _lock_wait.set(seconds)
    try:
        yield
    finally:
        _lock_wait.reset(token)


def _try_for(fn, timeout, delay=0.05):
    deadline = time.monotonic() + timeout
    while True:
        if fn():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(delay)
