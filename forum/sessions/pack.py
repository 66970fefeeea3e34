"""The session pack: one ZIP for low-bandwidth readers.

Agenda, minutes, the discussion thread's text and the list of materials
with their sizes; the materials themselves only when asked for.
"""

import io
import zipfile

from django.template.defaultfilters import filesizeformat
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _

# Local file headers and the central directory, per stored member.
ZIP_OVERHEAD_PER_FILE = 200


def _html_to_text(html):
    text = strip_tags((html or "").replace("</p>", "\n\n").replace("<br/>", "\n").replace("<br>", "\n"))
    return "\n".join(line.rstrip() for line in text.splitlines()).strip() + "\n"


def _materials(session):
    return list(session.materials.select_related("document"))


def _thread_text(session, user):
    from forum.models import Post
    from forum.permissions import can_view_thread

    thread = session.thread
    if thread is None or not can_view_thread(user, thread):
        return ""
    lines = [thread.title, "=" * min(len(thread.title), 80), ""]
    posts = Post.objects.visible_to(user).readable().filter(thread=thread).select_related("author__user")
    for post in posts.order_by("position"):
        author = post.author.name if post.author_id else _("(former member)")
        lines += [
            f"#{post.position} · {author} · {post.created_at:%Y-%m-%d %H:%M} UTC",
            post.body_markdown,
            "",
        ]
    return "\n".join(lines)


def text_files(session, user, zone):
    when = session.time_for(zone)
    header = f"{session.title}\n{session.theme}\n{when.text}\n{when.conversion_line}\n"
    materials = _materials(session)
    listing = [_("Materials") + ":"] + [
        f"- {material.display_title} ({material.document.filename}, {filesizeformat(material.size)})"
        for material in materials
    ]
    files = {
        "agenda.txt": header + "\n" + _html_to_text(session.agenda),
        "notulen.txt": header + "\n" + _html_to_text(session.minutes or _("No minutes yet.")),
        "materi.txt": "\n".join(listing) + "\n",
    }
    thread_text = _thread_text(session, user)
    if thread_text:
        files["diskusi.txt"] = thread_text
    return files, materials


def build_pack(session, user, zone, *, with_materials=False):
    """The ZIP's bytes."""
    files, materials = text_files(session, user, zone)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
        if with_materials:
            for number, material in enumerate(materials, start=1):
                with material.document.file.open("rb") as handle:
                    # Slides and PDFs are compressed already: store them as they are.
                    archive.writestr(
                        f"materi/{number:02d}-{material.document.filename}", handle.read(), zipfile.ZIP_STORED
                    )
    return buffer.getvalue()


def pack_sizes(session, user, zone):
    """(without materials, with materials) in bytes, as shown before download."""
    text_only = len(build_pack(session, user, zone))
    materials = _materials(session)
    extra = sum(material.size + ZIP_OVERHEAD_PER_FILE for material in materials)
    return text_only, text_only + extra


def pack_filename(session):
    return f"paket-{slugify(session.slug)[:60] or session.pk}.zip"
