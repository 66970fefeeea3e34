"""Indonesia's provinces (loaded by migration) and the regency importer."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from community.models import Region, RegionKind, TimeZone
from tests.factories import province

pytestmark = pytest.mark.django_db

HEADER = "code,province_code,name\n"


def write_csv(tmp_path, text, name="wilayah.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def import_regions(path):
    """Run the command and return what it printed (stdout, stderr)."""
    out, err = StringIO(), StringIO()
    call_command("import_regions", path, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_all_38_provinces_exist_with_their_kemendagri_codes():
    provinces = Region.objects.provinces()

    assert provinces.count() == 38
    assert province("11").name == "Aceh"
    assert province("31").name == "DKI Jakarta"
    assert province("51").name == "Bali"
    assert province("91").name == "Papua"
    assert province("96").name == "Papua Barat Daya"
    assert not provinces.exclude(parent=None).exists()


@pytest.mark.parametrize(
    ("code", "zone"),
    [
        ("31", TimeZone.WIB),  # DKI Jakarta
        ("61", TimeZone.WIB),  # Kalimantan Barat
        ("51", TimeZone.WITA),  # Bali
        ("63", TimeZone.WITA),  # Kalimantan Selatan
        ("73", TimeZone.WITA),  # Sulawesi Selatan
        ("81", TimeZone.WIT),  # Maluku
        ("91", TimeZone.WIT),  # Papua
        ("95", TimeZone.WIT),  # Papua Pegunungan
    ],
)
def test_each_province_keeps_its_time_zone(code, zone):
    assert province(code).time_zone == zone


def test_every_zone_has_its_share_of_provinces():
    provinces = Region.objects.provinces()

    assert provinces.filter(time_zone=TimeZone.WIB).count() == 18
    assert provinces.filter(time_zone=TimeZone.WITA).count() == 12
    assert provinces.filter(time_zone=TimeZone.WIT).count() == 8


def test_import_regions_creates_regencies_and_cities_under_their_province(tmp_path):
    path = write_csv(
        tmp_path,
        HEADER + "31.71,31,Kota Jakarta Selatan\n91.03,91,Kabupaten Jayapura\n51.71,51,Kota Denpasar\n",
    )

    out, _ = import_regions(path)

    jakarta_selatan = Region.objects.get(code="31.71")
    assert jakarta_selatan.parent == province("31")
    assert jakarta_selatan.kind == RegionKind.CITY
    assert jakarta_selatan.time_zone == TimeZone.WIB
    jayapura = Region.objects.get(code="91.03")
    assert jayapura.kind == RegionKind.REGENCY
    assert jayapura.parent == province("91")
    assert jayapura.time_zone == TimeZone.WIT
    assert Region.objects.get(code="51.71").time_zone == TimeZone.WITA
    assert "3 baru" in out


def test_importing_the_same_file_twice_creates_nothing_new(tmp_path):
    path = write_csv(tmp_path, HEADER + "31.71,31,Kota Jakarta Selatan\n91.03,91,Kabupaten Jayapura\n")
    import_regions(path)
    count = Region.objects.count()

    out, _ = import_regions(path)

    assert Region.objects.count() == count
    assert "0 baru, 2 diperbarui" in out


def test_a_second_import_updates_a_renamed_regency(tmp_path):
    import_regions(write_csv(tmp_path, HEADER + "91.03,91,Kabupaten Jayapura\n"))

    import_regions(write_csv(tmp_path, HEADER + "91.03,91,Kabupaten Jayapura Baru\n", name="baru.csv"))

    assert Region.objects.get(code="91.03").name == "Kabupaten Jayapura Baru"


def test_bad_rows_are_reported_and_skipped_while_good_rows_are_imported(tmp_path):
    path = write_csv(
        tmp_path,
        HEADER
        + "31.71,31,Kota Jakarta Selatan\n"
        + "99.01,99,Kabupaten Tanpa Provinsi\n"  # unknown province
        + "31.72,31,\n"  # no name
        + ",31,Kota Tanpa Kode\n"  # no code
        + "31,31,Kota Yang Menimpa Provinsi\n"  # a province's own code
        + "32.01,31,Kabupaten Provinsi Lain\n"  # code from another province
        + f"31.73,31,{'x' * 101}\n",  # name too long
    )

    out, err = import_regions(path)

    assert Region.objects.filter(code="31.71").exists()
    assert not Region.objects.filter(code__in=["99.01", "31.72", "32.01", "31.73"]).exists()
    assert province("31").name == "DKI Jakarta"
    assert "1 baru" in out
    assert "6 dilewati" in out
    for line in (3, 4, 5, 6, 7, 8):
        assert f"Baris {line} dilewati" in err


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Tidak dapat membaca"):
        import_regions(str(tmp_path / "tidak-ada.csv"))


def test_a_file_with_the_wrong_columns_is_a_clear_error(tmp_path):
    path = write_csv(tmp_path, "kode,provinsi,nama\n31.71,31,Kota Jakarta Selatan\n")

    with pytest.raises(CommandError, match="code, province_code, name"):
        import_regions(path)

    assert not Region.objects.filter(code="31.71").exists()


def test_a_header_only_file_with_the_wrong_columns_is_still_an_error(tmp_path):
    with pytest.raises(CommandError, match="code, province_code, name"):
        import_regions(write_csv(tmp_path, "kode,provinsi,nama\n"))


def test_a_file_that_is_not_utf8_is_a_clear_error(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "31.71,31,Kota Jakarta Selatan \xe9\n").encode("latin-1"))

    with pytest.raises(CommandError, match="Tidak dapat membaca"):
        import_regions(str(path))
