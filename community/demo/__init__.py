"""Demo content for Simpul: agencies, members and staff accounts.

The data lives in plain Python modules (`agencies`, `members`) so it can be
read and reviewed like a document; `loader` turns it into database rows and
is what `manage.py seed_demo` (and tests) call.
"""
