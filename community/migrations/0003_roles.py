"""Create the three roles: Anggota (members), Editors, Moderators.

Wagtail's own initial data creates "Editors" and "Moderators" with admin
access. In Simpul editors review and publish in the admin; moderators look
after forums on the front end, so they lose admin access here; members never
reach the admin.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MEMBERS, EDITORS, MODERATORS = "Anggota", "Editors", "Moderators"
EDITOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("community", "add_agency"),
    ("community", "change_agency"),
    ("community", "view_agency"),
    ("community", "view_region"),
    ("taggit", "add_tag"),
    ("taggit", "change_tag"),
    ("taggit", "view_tag"),
]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def _ensure_permissions(apps):
    # Permissions are normally created after all migrations; make sure the
    # ones this migration grants exist already.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    Group.objects.get_or_create(name=MEMBERS)
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)

    for app_label, codename in EDITOR_PERMISSIONS:
        editors.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in EDITOR_PAGE_PERMISSIONS:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=permission)
        GroupPagePermission.objects.filter(group=moderators).delete()
    moderators.permissions.remove(
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    )


def remove_members_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=MEMBERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0002_provinces"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_roles, remove_members_group)]
