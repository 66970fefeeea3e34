"""Images and PDFs attached to posts: checked by their first bytes, stored under our names.

The type a browser or a file name claims is never trusted: the content is
sniffed (PNG, JPEG, GIF, WebP, PDF) and anything else is refused. Files live
in their own storage, outside MEDIA_ROOT, and are served only through
forum.threads.views.attachment, which asks forum.permissions first and sends
Content-Disposition and nosniff.
"""

import hashlib
import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.utils.functional import LazyObject
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_ATTACHMENT_SIZE = 5 * 1024 * 1024
MAX_ATTACHMENTS_PER_POST = 5
MAX_ORIGINAL_NAME = 150

# (prefix, offset, content type, extension); WebP is RIFF....WEBP.
_SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", 0, "image/png", ".png"),
    (b"\xff\xd8\xff", 0, "image/jpeg", ".jpg"),
    (b"GIF87a", 0, "image/gif", ".gif"),
    (b"GIF89a", 0, "image/gif", ".gif"),
    (b"%PDF-", 0, "application/pdf", ".pdf"),
]


class _AttachmentStorage(LazyObject):
    def _setup(self):
        self._wrapped = FileSystemStorage(location=settings.SIMPUL_FORUM_ATTACHMENTS_ROOT, base_url=None)


_storage = _AttachmentStorage()


def attachment_storage():
    """The storage for forum attachments (a callable, so migrations do not freeze a path)."""
    return _storage


def sniff(head):
    """(content type, extension) from a file's first bytes, or None if it is not allowed."""
    for prefix, offset, content_type, extension in _SIGNATURES:
        if head[offset : offset + len(prefix)] == prefix:
            return content_type, extension
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", ".webp"
    return None


def check_upload(upload):
    """Validate one uploaded file; returns (content type, extension, sha256) or raises ValidationError."""
    name = os.path.basename(upload.name or "")
    if upload.size > MAX_ATTACHMENT_SIZE:
        raise ValidationError(
            _("%(name)s is larger than 5 MB.") % {"name": name[:MAX_ORIGINAL_NAME]}, code="too_large"
        )
    if upload.size == 0:
        raise ValidationError(_("%(name)s is empty.") % {"name": name[:MAX_ORIGINAL_NAME]}, code="empty")
    upload.seek(0)
    kind = sniff(upload.read(16))
    if kind is None:
        raise ValidationError(
            _("%(name)s is not an image (PNG, JPEG, GIF, WebP) or a PDF.")
            % {"name": name[:MAX_ORIGINAL_NAME]},
            code="type",
        )
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return kind[0], kind[1], digest.hexdigest()


def check_uploads(uploads):
    """Validate a post's files together (count and each file)."""
    uploads = [upload for upload in uploads or () if upload]
    if len(uploads) > MAX_ATTACHMENTS_PER_POST:
        raise ValidationError(
            ngettext(
                "Attach at most %(count)d file to a post.",
                "Attach at most %(count)d files to a post.",
                MAX_ATTACHMENTS_PER_POST,
            )
            % {"count": MAX_ATTACHMENTS_PER_POST},
            code="too_many",
        )
    errors = []
    for upload in uploads:
        try:
            check_upload(upload)
        except ValidationError as error:
            errors.extend(error.messages)
    if errors:
        raise ValidationError(errors)
    return uploads


def safe_original_name(name):
    """The uploader's file name, for display and download only: no path, no control characters."""
    base = os.path.basename((name or "").replace("\\", "/"))
    base = "".join(character for character in base if character.isprintable() and character not in '"<>')
    return base[-MAX_ORIGINAL_NAME:] or "lampiran"
