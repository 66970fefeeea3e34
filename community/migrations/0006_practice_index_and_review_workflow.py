"""Create /praktik-baik/ and the "Tinjauan editor" workflow that guards it.

Every practice under the index goes through one review task for the Editors
group before it is published.
"""

from django.db import migrations

WORKFLOW_NAME = "Tinjauan editor"
TASK_NAME = "Tinjauan editor: periksa dan terbitkan"
INDEX_INTRO = (
    "<p>Praktik baik dari instansi di seluruh Indonesia: apa yang dikerjakan, "
    "bagaimana caranya, dan apa hasilnya. Saring menurut topik, instansi, "
    "wilayah, dan urusan pemerintahan.</p>"
)


def create_index_and_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    HomePage = apps.get_model("community", "HomePage")
    Page = apps.get_model("wagtailcore", "Page")
    PracticeIndexPage = apps.get_model("community", "PracticeIndexPage")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    home = HomePage.objects.first()
    if home is None:
        return
    index = PracticeIndexPage.objects.first()
    if index is None:
        content_type, _ = ContentType.objects.get_or_create(app_label="community", model="practiceindexpage")
        last_child = (
            Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).order_by("-path").first()
        )
        step = int(last_child.path[-4:]) + 1 if last_child else 1
        index = PracticeIndexPage.objects.create(
            title="Praktik Baik",
            draft_title="Praktik Baik",
            slug="praktik-baik",
            content_type=content_type,
            path=f"{home.path}{step:04d}",
            depth=home.depth + 1,
            numchild=0,
            url_path=f"{home.url_path}praktik-baik/",
            live=True,
            locale_id=home.locale_id,
            intro=INDEX_INTRO,
        )
        Page.objects.filter(pk=home.pk).update(
            numchild=Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).count()
        )

    if Workflow.objects.filter(name=WORKFLOW_NAME).exists():
        return
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.set(Group.objects.filter(name="Editors"))
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [("community", "0005_practices")]

    operations = [migrations.RunPython(create_index_and_workflow, migrations.RunPython.noop)]
