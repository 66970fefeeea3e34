"""Import practice articles from plain-text or Markdown files.

    manage.py import_practices berkas.txt folder/ --agency dinkes-jatim \\
        --tags "stunting, posyandu" --author laksmi.pratiwi --publish

Parsing and importing live in community/importing.py; this command resolves
the options, shows progress on stderr and reports each file.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from community.importing import (
    DEFAULT_GOVERNMENT_AFFAIR,
    IMPORTABLE_SUFFIXES,
    ImportOptions,
    Outcome,
    PracticeImport,
    collect_files,
    search_index_deferred,
)
from community.models import Agency, GovernmentAffair, MemberProfile, PracticeIndexPage, Region
from community.tagging import MAX_TAG_LENGTH, parse_tags

OUTCOME_MARKS = {Outcome.IMPORTED: "✓", Outcome.SKIPPED: "–", Outcome.FAILED: "✗"}


class Progress:
    """ "[3/10] berkas.txt" on stderr: rewritten in place on a terminal, one line each otherwise.

    A library would add a dependency for what fits in a dozen lines.
    """

    def __init__(self, stream, total, enabled=True):
        self.stream, self.total, self.enabled = stream, total, enabled
        self.interactive = enabled and stream.isatty()
        self.showing = False

    def step(self, number, name):
        if not self.enabled:
            return
        line = f"[{number}/{self.total}] {name}"
        if self.interactive:
            self.stream.write(f"\r\x1b[K{line}", ending="")
            self.stream.flush()
            self.showing = True
        else:
            self.stream.write(line)

    def clear(self):
        """Take the progress line off the terminal before a result is written."""
        if self.showing:
            self.stream.write("\r\x1b[K", ending="")
            self.stream.flush()
            self.showing = False


class Command(BaseCommand):
    help = (
        "Impor praktik baik dari berkas teks (.txt) atau Markdown (.md): baris pertama judul, baris "
        "pendek tanpa titik di akhir judul bagian, sisanya paragraf. Berkas yang rusak dilaporkan dan "
        "dilewati; judul yang sudah ada untuk instansi yang sama tidak diimpor dua kali."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="+",
            metavar="PATH",
            help=f"berkas, atau folder berisi berkas {'/'.join(sorted(IMPORTABLE_SUFFIXES))}",
        )
        parser.add_argument("--agency", help="instansi: slug atau akronim, mis. dinkes-jatim atau BKN")
        parser.add_argument(
            "--region", help="wilayah: kode (35, 35.78) atau nama persis; bawaan: wilayah instansi"
        )
        parser.add_argument("--tags", default="", help='tag dipisah koma, mis. "stunting, posyandu"')
        parser.add_argument(
            "--author",
            action="append",
            default=[],
            help="nama pengguna penulis; boleh diulang atau dipisah koma. Penulis pertama menjadi pemilik halaman",
        )
        parser.add_argument(
            "--urusan",
            default=DEFAULT_GOVERNMENT_AFFAIR.value,
            help=f"urusan pemerintahan (bawaan: {DEFAULT_GOVERNMENT_AFFAIR.value}); "
            f"pilihan: {', '.join(GovernmentAffair.values)}",
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="terbitkan langsung; tanpa ini praktik disimpan sebagai draf",
        )

    def handle(self, *args, paths, verbosity=1, **options):
        import_options = ImportOptions(
            government_affair=self.government_affair(options["urusan"]),
            agency=self.agency(options["agency"]),
            region=self.region(options["region"]),
            tags=self.tags(options["tags"]),
            authors=self.authors(options["author"]),
            publish=options["publish"],
        )
        try:
            parent = PracticeIndexPage.objects.get()
        except PracticeIndexPage.DoesNotExist as error:
            raise CommandError(
                "Halaman indeks praktik baik (/praktik-baik/) belum ada; jalankan migrate."
            ) from error

        files = collect_files(paths)
        if not files:
            raise CommandError(
                f"Tidak ada berkas {'/'.join(sorted(IMPORTABLE_SUFFIXES))} di {', '.join(paths)}."
            )
        run = PracticeImport(import_options, parent=parent)
        progress = Progress(self.stderr, len(files), enabled=verbosity >= 1)
        with search_index_deferred() as imported:
            for number, path in enumerate(files, start=1):
                progress.step(number, path.name)
                result = run.import_file(path)
                progress.clear()
                if result.outcome == Outcome.IMPORTED:
                    imported.append(result.page)
                if verbosity >= 1:
                    self.report(result)
        self.summary(run, verbosity)

    def report(self, result):
        line = f"{OUTCOME_MARKS[result.outcome]} {result.path}: {result.outcome} ({result.message})"
        style = {Outcome.IMPORTED: self.style.SUCCESS, Outcome.FAILED: self.style.ERROR}.get(
            result.outcome, str
        )
        self.stdout.write(style(line))
        for warning in result.warnings:
            self.stdout.write(self.style.WARNING(f"    peringatan: {warning}"))

    def summary(self, run, verbosity):
        imported, skipped, failed = (run.count(outcome) for outcome in Outcome)
        if verbosity >= 1:
            state = "terbit" if run.options.publish else "draf"
            self.stdout.write(f"Selesai: {imported} diimpor ({state}), {skipped} dilewati, {failed} gagal.")
        if failed and not imported and not skipped:
            raise CommandError("Tidak ada berkas yang berhasil diimpor.")

    # --- options ------------------------------------------------------------

    def government_affair(self, value):
        value = value.strip().lower()
        if value not in GovernmentAffair.values:
            raise CommandError(
                f"Urusan tidak dikenal: {value!r}. Pilihan: {', '.join(GovernmentAffair.values)}."
            )
        return value

    def agency(self, value):
        if not value:
            return None
        value = value.strip()
        matches = list(Agency.objects.filter(Q(slug=value) | Q(acronym__iexact=value))[:3])
        if not matches:
            raise CommandError(f"Instansi tidak ditemukan: {value!r}. Gunakan slug atau akronim instansi.")
        exact = [agency for agency in matches if agency.slug == value]
        if exact:
            return exact[0]
        if len(matches) > 1:
            slugs = ", ".join(agency.slug for agency in matches)
            raise CommandError(f"Akronim {value!r} dipakai lebih dari satu instansi ({slugs}); gunakan slug.")
        return matches[0]

    def region(self, value):
        if not value:
            return None
        value = value.strip()
        region = Region.objects.filter(code=value).first()
        if region is None:
            matches = list(Region.objects.filter(name__iexact=value)[:2])
            if len(matches) > 1:
                raise CommandError(f"Nama wilayah {value!r} tidak unik; gunakan kodenya.")
            region = matches[0] if matches else None
        if region is None:
            raise CommandError(
                f"Wilayah tidak ditemukan: {value!r}. Gunakan kode (mis. 35.78) atau nama persis."
            )
        return region

    def tags(self, value):
        try:
            tags = parse_tags(value)
        except ValidationError as error:
            raise CommandError(f"Tag tidak dapat dipakai: {' '.join(error.messages)}") from error
        too_long = [tag for tag in tags if len(tag) > MAX_TAG_LENGTH]
        if too_long:
            raise CommandError(
                f"Tag terlalu panjang (paling banyak {MAX_TAG_LENGTH} karakter): {too_long[0]!r}."
            )
        return tags

    def authors(self, values):
        usernames = [name.strip() for value in values for name in value.split(",") if name.strip()]
        User = get_user_model()
        profiles = []
        for username in dict.fromkeys(usernames):
            user = User.objects.filter(username=username).first()
            if user is None:
                raise CommandError(f"Pengguna tidak ditemukan: {username!r}.")
            profile, _created = MemberProfile.objects.get_or_create(user=user)
            profiles.append(profile)
        return profiles
