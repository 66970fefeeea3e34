"""Replace Wagtail's welcome page with Simpul's HomePage as the site root."""

from django.db import migrations

INTRO_HEADING = "Simpul: tempat praktik baik ASN bertemu"
INTRO = (
    "<p>Simpul menghimpun praktik baik, forum berbagi bulanan, dan diskusi antar-ASN "
    "dari seluruh instansi dan daerah di Indonesia. Temukan siapa yang sudah "
    "mencoba, pelajari caranya, dan bagikan pengalaman Anda.</p>"
)


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("community", "HomePage")
    Locale = apps.get_model("wagtailcore", "Locale")

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    root = Page.objects.get(depth=1)
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="community")
    locale = Locale.objects.first()
    # Child of the root at path 0001xxxx: the root's numchild tracks it.
    last_child = Page.objects.filter(depth=2).order_by("-path").first()
    step = int(last_child.path[4:8]) + 1 if last_child else 1
    home = HomePage.objects.create(
        title="Beranda",
        draft_title="Beranda",
        slug="beranda",
        content_type=content_type,
        path=f"{root.path}{step:04d}",
        depth=2,
        numchild=0,
        url_path="/beranda/",
        live=True,
        locale=locale,
        intro_heading=INTRO_HEADING,
        intro=INTRO,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "127.0.0.1", "port": 8000, "root_page": home, "site_name": "Simpul"},
    )


class Migration(migrations.Migration):
    dependencies = [("community", "0003_roles")]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
