"""Numbers and ids taken from a request: parsed here, and nowhere else.

A value from a query string or a form is text a visitor controls. Python's
``str.isdigit()`` is true for "²" and "٣" (which ``int()`` refuses or reads
as 3), and a 25-digit id overflows the database's integer (SQLite raises
``OverflowError``). So every id, page number, year or count read from a
request goes through :func:`parse_id` / :func:`parse_int`, which accept only
ASCII digits within the database's signed 64-bit range and answer ``None``
for anything else: the caller treats that as "absent" (a filter not
applied, page 1) or, in a form, as an invalid choice.

This module lives in ``search`` because every app already depends on it
(``community`` and ``forum`` declare their search hooks through it) while
``search`` may not import them.
"""

import re

from django import forms
from django.utils.http import urlencode

#: The largest value a signed 64-bit database integer (BigAutoField) holds.
MAX_DATABASE_INT = 2**63 - 1
_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")


def parse_int(value, lo=0, hi=MAX_DATABASE_INT):
    """``value`` as an int if it is ASCII digits with ``lo <= n <= hi``, else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        if not _ASCII_DIGITS.fullmatch(text):
            return None
        number = int(text)
    return number if lo <= number <= min(hi, MAX_DATABASE_INT) else None


def parse_id(value):
    """A database id (a positive integer that fits the column), or None."""
    return parse_int(value, 1, MAX_DATABASE_INT)


def parse_page(value):
    """A page number from ``?halaman=``: junk, zero or negatives are page 1."""
    return parse_int(value, 1) or 1


class IdChoiceField(forms.ModelChoiceField):
    """A ``ModelChoiceField`` that refuses anything but an ASCII-digit id before asking the database.

    Django's own field passes the text to the database lookup, which reads
    "٣" as 3. Used for every choice of a row by id in a form filled from a
    request (filters, submission, replication, profile).
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if self.to_field_name is None and parse_id(value) is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class NumberField(forms.IntegerField):
    """An ``IntegerField`` that accepts ASCII digits only (no "²", no "٣")."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if parse_int(value) is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


def query_string_of(data, names, *, limit=200):
    """A query string for links (paging, sorting) carrying only the parameters
    ``names`` from ``data`` (a QueryDict), each value bounded, all URL-encoded.

    A link built by copying the request's query string would carry any name a
    crafted URL put there.
    """
    return urlencode({name: str(data.get(name))[:limit] for name in names if data.get(name)})
