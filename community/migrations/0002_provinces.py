"""Load Indonesia's 38 provinces with their Kemendagri codes and time zones."""

from django.db import migrations

WIB, WITA, WIT = "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"

PROVINCES = [
    ("11", "Aceh", WIB),
    ("12", "Sumatera Utara", WIB),
    ("13", "Sumatera Barat", WIB),
    ("14", "Riau", WIB),
    ("15", "Jambi", WIB),
    ("16", "Sumatera Selatan", WIB),
    ("17", "Bengkulu", WIB),
    ("18", "Lampung", WIB),
    ("19", "Kepulauan Bangka Belitung", WIB),
    ("21", "Kepulauan Riau", WIB),
    ("31", "DKI Jakarta", WIB),
    ("32", "Jawa Barat", WIB),
    ("33", "Jawa Tengah", WIB),
    ("34", "Daerah Istimewa Yogyakarta", WIB),
    ("35", "Jawa Timur", WIB),
    ("36", "Banten", WIB),
    ("51", "Bali", WITA),
    ("52", "Nusa Tenggara Barat", WITA),
    ("53", "Nusa Tenggara Timur", WITA),
    ("61", "Kalimantan Barat", WIB),
    ("62", "Kalimantan Tengah", WIB),
    ("63", "Kalimantan Selatan", WITA),
    ("64", "Kalimantan Timur", WITA),
    ("65", "Kalimantan Utara", WITA),
    ("71", "Sulawesi Utara", WITA),
    ("72", "Sulawesi Tengah", WITA),
    ("73", "Sulawesi Selatan", WITA),
    ("74", "Sulawesi Tenggara", WITA),
    ("75", "Gorontalo", WITA),
    ("76", "Sulawesi Barat", WITA),
    ("81", "Maluku", WIT),
    ("82", "Maluku Utara", WIT),
    ("91", "Papua", WIT),
    ("92", "Papua Barat", WIT),
    ("93", "Papua Selatan", WIT),
    ("94", "Papua Tengah", WIT),
    ("95", "Papua Pegunungan", WIT),
    ("96", "Papua Barat Daya", WIT),
]


def load_provinces(apps, schema_editor):
    Region = apps.get_model("community", "Region")
    for code, name, zone in PROVINCES:
        Region.objects.update_or_create(
            code=code, defaults={"name": name, "kind": "provinsi", "time_zone": zone, "parent": None}
        )


def unload_provinces(apps, schema_editor):
    Region = apps.get_model("community", "Region")
    Region.objects.filter(code__in=[code for code, _, _ in PROVINCES]).delete()


class Migration(migrations.Migration):
    dependencies = [("community", "0001_initial")]

    operations = [migrations.RunPython(load_provinces, unload_provinces)]
