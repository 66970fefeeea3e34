"""Build the search index: `search_index build [--if-needed]`.

`--if-needed` builds only when the index is missing (or the backend keeps no
index on disk and has never been built), so `make run` stays fast the second
time.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from modelsearch.backends import get_search_backend


class Command(BaseCommand):
    help = "Bangun indeks pencarian."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        build = sub.add_parser("build", help="Build (or rebuild) the whole index.")
        build.add_argument("--if-needed", action="store_true", help="Only when no index exists yet.")

    def handle(self, *args, action, **options):
        if action == "build":
            self.build(if_needed=options["if_needed"], verbosity=options["verbosity"])

    def build(self, *, if_needed, verbosity):
        backend = get_search_backend()
        index_exists = getattr(backend, "index_exists", None)
        if if_needed and callable(index_exists) and index_exists():
            if verbosity:
                self.stdout.write("Indeks pencarian sudah ada; tidak dibangun ulang.")
            return
        call_command("update_index", verbosity=max(verbosity - 1, 0))
        if verbosity:
            self.stdout.write(self.style.SUCCESS("Indeks pencarian selesai dibangun."))
