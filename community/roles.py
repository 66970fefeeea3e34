"""The three roles of Simpul and what each may do.

Members use the front end only; Editors curate content in the Wagtail admin;
Moderators look after forums (their per-forum powers arrive with the forum).
The groups are created by migration 0003_roles.
"""

MEMBERS = "Anggota"
EDITORS = "Editors"
MODERATORS = "Moderators"

# Page permissions editors hold on the whole tree.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
