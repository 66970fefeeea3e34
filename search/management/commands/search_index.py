"""Keep the search index in line with the database (the source of truth).

    search_index build [--if-needed]   build the whole index (atomically)
    search_index check [--repair] [--full]
                                       report drift per model; --repair fixes it,
                                       --full also re-indexes every object
    search_index drain [--follow]      write the queued changes (search.indexing);
                                       --follow keeps draining, for a worker
    search_index optimize              merge each index into one segment
                                       (nightly, from cron: every query reads every
                                       segment, and live writes leave up to eight)
    search_index synonyms [--output F] the synonyms as a Solr-format file for
                                       OpenSearch/Elasticsearch (search/synonym_file.py)

`build --if-needed` builds only when no index exists yet, so `make run`
stays fast the second time. `check` exits with status 1 when drift remains,
so it can run from cron or a health check.
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from modelsearch.index import get_indexed_models
from wagtail.search.backends import get_search_backend


class Command(BaseCommand):
    help = "Bangun, periksa, dan perbaiki indeks pencarian."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        build = sub.add_parser("build", help="Build (or rebuild) the whole index.")
        build.add_argument("--if-needed", action="store_true", help="Only when no index exists yet.")
        check = sub.add_parser("check", help="Report drift between database and index.")
        check.add_argument("--repair", action="store_true", help="Index what is missing, drop what is extra.")
        check.add_argument("--full", action="store_true", help="With --repair: re-index every object too.")
        drain = sub.add_parser("drain", help="Write the queued index changes.")
        drain.add_argument("--follow", action="store_true", help="Keep draining (for a worker process).")
        drain.add_argument(
            "--interval", type=float, default=1.0, help="Seconds between drains with --follow."
        )
        drain.add_argument(
            "--max-seconds", type=float, default=None, help="With --follow: stop after this long."
        )
        sub.add_parser("optimize", help="Merge each index into a single segment.")
        synonyms = sub.add_parser("synonyms", help="Write the synonyms as a Solr-format synonym file.")
        synonyms.add_argument("--output", default="-", help="File to write (standard output by default).")

    def handle(self, *args, action, **options):
        if action == "build":
            self.build(if_needed=options["if_needed"], verbosity=options["verbosity"])
        elif action == "drain":
            self.drain(options)
        elif action == "optimize":
            self.optimize(verbosity=options["verbosity"])
        elif action == "synonyms":
            self.synonyms(options["output"], verbosity=options["verbosity"])
        else:
            self.check_index(repair=options["repair"], full=options["full"], verbosity=options["verbosity"])

    def build(self, *, if_needed, verbosity):
        backend = get_search_backend()
        if if_needed and self._index_exists(backend):
            if verbosity:
                self.stdout.write("Indeks pencarian sudah ada; tidak dibangun ulang.")
            return
        call_command("update_index", verbosity=max(verbosity - 1, 0))
        if verbosity:
            self.stdout.write(self.style.SUCCESS("Indeks pencarian selesai dibangun."))

    def synonyms(self, output, *, verbosity):
        from search.synonym_file import synonym_lines

        lines = synonym_lines()
        text = "".join(f"{line}\n" for line in lines)
        if output == "-":
            self.stdout.write(text, ending="")
            return
        with open(output, "w", encoding="utf-8") as file:
            file.write(text)
        if verbosity:
            self.stdout.write(self.style.SUCCESS(f"{len(lines)} kelompok sinonim ditulis ke {output}."))

    @staticmethod
    def _index_exists(backend):
        get_store = getattr(backend, "get_store", None)
        if get_store is None:
            return False
        for model in get_indexed_models():
            index = backend.get_index_for_model(model)
            if not get_store(index.name).exists():
                return False
        return True

    def optimize(self, *, verbosity):
        backend = get_search_backend()
        if not hasattr(backend, "get_store"):
            raise CommandError("Backend pencarian ini tidak mengelola segmen indeks.")
        names = sorted({backend.get_index_for_model(model).name for model in get_indexed_models()})
        for name in names:
            store = backend.get_store(name)
            generation = store.current_generation()
            if generation is None:
                continue
            before = store.segment_count(generation)
            if before > 1:
                store.optimize(generation)
            if verbosity:
                self.stdout.write(f"{name}: {before} segmen menjadi {store.segment_count(generation)}")

    def drain(self, options):
        from search.indexing.queue import drain, pending_count

        deadline = None if options["max_seconds"] is None else time.monotonic() + options["max_seconds"]
        while True:
            result = drain(lock_wait=5.0)
            if options["verbosity"] and (result.indexed or result.removed or result.failed):
                self.stdout.write(
                    f"{result.indexed} terindeks, {result.removed} dihapus, {result.failed} tertunda"
                    + (f" ({result.error})" if result.error else "")
                )
            if not options["follow"]:
                if not result.ok:
                    raise CommandError(f"{pending_count()} perubahan masih antre: {result.error}")
                return
            if deadline is not None and time.monotonic() >= deadline:
                return
            time.sleep(options["interval"])

    def check_index(self, *, repair, full, verbosity):
        backend = get_search_backend()
        if not hasattr(backend, "check_drift"):
            raise CommandError("Backend pencarian ini tidak mendukung pemeriksaan drift.")
        drifted = 0
        for model in _root_indexed_models():
            report = backend.check_drift(model)
            if report.ok and not full:
                if verbosity > 1:
                    self.stdout.write(f"{model._meta.label}: sesuai")
                continue
            if not report.ok:
                drifted += 1
                self.stdout.write(
                    f"{model._meta.label}: {len(report.missing)} belum terindeks, {len(report.extra)} berlebih"
                )
            if repair:
                backend.repair(model, report=report, reindex_all=full)
                self.stdout.write(self.style.SUCCESS(f"{model._meta.label}: diperbaiki"))
        if drifted and not repair:
            raise CommandError(f"{drifted} model tidak sesuai dengan indeks; jalankan dengan --repair.")
        if verbosity and not drifted:
            self.stdout.write(self.style.SUCCESS("Indeks sesuai dengan basis data."))


def _root_indexed_models():
    """Indexed models without an indexed parent (children are checked through them)."""
    models = get_indexed_models()
    return [m for m in models if not any(parent in models for parent in m._meta.get_parent_list())]
