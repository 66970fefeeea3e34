"""Create /forum/: the one ForumIndexPage, under the HomePage (as 0006 did for /praktik-baik/)."""

from django.db import migrations

INDEX_INTRO = (
    "<p>Forum komunitas praktik: tanyakan, jawab, dan bagikan pengalaman antarinstansi. "
    "Jawaban yang paling membantu ditandai sebagai solusi.</p>"
)


def create_forum_index(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    HomePage = apps.get_model("community", "HomePage")
    Page = apps.get_model("wagtailcore", "Page")
    ForumIndexPage = apps.get_model("forum", "ForumIndexPage")

    home = HomePage.objects.first()
    if home is None or ForumIndexPage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="forum", model="forumindexpage")
    last_child = (
        Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).order_by("-path").first()
    )
    step = int(last_child.path[-4:]) + 1 if last_child else 1
    ForumIndexPage.objects.create(
        title="Forum",
        draft_title="Forum",
        slug="forum",
        content_type=content_type,
        path=f"{home.path}{step:04d}",
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}forum/",
        live=True,
        locale_id=home.locale_id,
        intro=INDEX_INTRO,
    )
    Page.objects.filter(pk=home.pk).update(
        numchild=Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).count()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0002_post_submission_token_attachment_storage"),
        ("community", "0006_practice_index_and_review_workflow"),
    ]

    operations = [migrations.RunPython(create_forum_index, migrations.RunPython.noop)]
