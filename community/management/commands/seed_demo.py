"""Load Simpul's demo content: agencies, members, staff accounts and best practices.

Safe to run again: what exists is left alone. The data lives in
community/demo/; this command only loads it and reports. Other apps' demo
content (the forum's, for one) is loaded after it by the callables named in
settings.SIMPUL_DEMO_LOADERS, each returning a list of reports like
community.demo.loader's: community never imports those apps itself.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from community.demo import loader


class Command(BaseCommand):
    help = "Isi basis data dengan data demo (instansi, anggota, akun editor dan moderator, praktik baik)."

    def handle(self, *args, verbosity=1, **options):
        reports = loader.seed_all()
        for path in getattr(settings, "SIMPUL_DEMO_LOADERS", []):
            reports.extend(import_string(path)())
        if verbosity < 1:
            return
        self.stdout.write("Data demo Simpul:")
        for report in reports:
            note = f"; {report.note}" if report.note else ""
            self.stdout.write(f"  {report.label}: {report.total} ({report.created} baru{note})")
        if any(report.created for report in reports):
            self.stdout.write(self.style.SUCCESS("Data demo berhasil dimuat."))
        else:
            self.stdout.write("Tidak ada yang baru: semua data demo sudah ada.")
        self.stdout.write("Akun demo:")
        logins = loader.demo_logins()
        width = max(len(username) for username, _, _ in logins)
        password_width = max(len(password) for _, password, _ in logins)
        for username, password, description in logins:
            self.stdout.write(f"  {username:<{width}} / {password:<{password_width}}  ({description})")
