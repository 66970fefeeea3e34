"""Import regencies and cities (kabupaten/kota) from a CSV file.

The CSV has the columns code, province_code, name, as in
community/data/regencies.csv. Safe to run again: existing codes are updated.
"""

import csv

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from community.models import Region, RegionKind


def region_kind_for(name):
    return RegionKind.CITY if name.lower().startswith("kota ") else RegionKind.REGENCY


class Command(BaseCommand):
    help = "Impor kabupaten/kota dari berkas CSV (kolom: code, province_code, name)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="CSV file, e.g. community/data/regencies.csv")

    def handle(self, *args, path, **options):
        provinces = {p.code: p for p in Region.objects.provinces()}
        created = updated = skipped = 0
        try:
            with open(path, newline="", encoding="utf-8") as handle:
                reader = csv.DictReader(handle)
                columns = set(reader.fieldnames or ())
                rows = list(reader)
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            raise CommandError(f"Tidak dapat membaca {path}: {error}") from error
        # Checked on the header, so a file with the wrong columns and no rows fails too.
        if not {"code", "province_code", "name"} <= columns:
            raise CommandError("CSV harus memiliki kolom code, province_code, name.")
        with transaction.atomic():
            for line, row in enumerate(rows, start=2):
                province = provinces.get((row.get("province_code") or "").strip())
                code, name = (row.get("code") or "").strip(), (row.get("name") or "").strip()
                # A regency's code extends its province's ("31.71"): anything else,
                # such as a province's own code, would overwrite the wrong region.
                well_formed = province is not None and code.startswith(f"{province.code}.")
                if not well_formed or not name or len(code) > 13 or len(name) > 100:
                    self.stderr.write(f"Baris {line} dilewati: {row}")
                    skipped += 1
                    continue
                _, was_created = Region.objects.update_or_create(
                    code=code,
                    defaults={
                        "name": name,
                        "kind": region_kind_for(name),
                        "parent": province,
                        "time_zone": province.time_zone,
                    },
                )
                created += was_created
                updated += not was_created
        self.stdout.write(
            self.style.SUCCESS(f"Wilayah: {created} baru, {updated} diperbarui, {skipped} dilewati.")
        )
