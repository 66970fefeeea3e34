"""The three roles of Simpul and what each may do.

Members use the front end only; Editors curate content in the Wagtail admin;
Moderators look after forums (their per-forum powers arrive with the forum).
The groups are created by migration 0003_roles.
"""

MEMBERS = "Anggota"
EDITORS = "Editors"
MODERATORS = "Moderators"

# Permissions (app_label.codename) each role holds globally.
EDITOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "community.add_agency",
    "community.change_agency",
    "community.view_agency",
    "taggit.add_tag",
    "taggit.change_tag",
    "taggit.view_tag",
]
# Page permissions editors hold on the whole tree.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
