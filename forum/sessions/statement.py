"""The JP statement as a PDF (fpdf2: pure Python, no browser), and as CSV rows."""

from django.utils import timezone
from django.utils.translation import gettext as _
from fpdf import FPDF

from .jp import format_jp, verification_url
from .timezones import local

# The PDF core fonts speak Latin-1; names and themes may hold a few typographic characters.
_LATIN1 = str.maketrans({"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "...", "·": "-"})


def _latin1(text):
    return str(text or "").translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")


def row_for(entry, zone):
    session = entry.session
    return {
        "date": local(session.start_at, zone).strftime("%d-%m-%Y"),
        "host": session.host_name,
        "theme": session.theme,
        "role": entry.get_role_display(),
        "duration": session.duration_minutes,
        "jp": format_jp(session.jp_value),
        "code": entry.verification_code,
        "confirmed": (
            _("Confirmed by %(name)s on %(date)s")
            % {
                "name": entry.supervisor_name,
                "date": local(entry.supervisor_confirmed_at, zone).strftime("%d-%m-%Y"),
            }
            if entry.supervisor_confirmed_at
            else ""
        ),
    }


def statement_pdf(member, summary, zone):
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_title(_latin1(_("JP statement %(year)s") % {"year": summary.year}))
    pdf.set_author("Simpul")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(
        0,
        9,
        _latin1(_("Simpul JP statement %(year)s") % {"year": summary.year}),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 10)
    lines = [
        _("Member: %(name)s (%(username)s)") % {"name": member.name, "username": member.user.username},
        _("Agency: %(agency)s") % {"agency": member.affiliation or "-"},
        _("Total: %(total)s JP of the yearly minimum of %(target)s JP")
        % {"total": format_jp(summary.total), "target": format_jp(summary.target)},
        _("Made on %(date)s. Check any entry at the address printed with it.")
        % {"date": local(timezone.now(), zone).strftime("%d-%m-%Y")},
    ]
    for line in lines:
        pdf.cell(0, 6, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    headings = [
        _("Date"),
        _("Host agency"),
        _("Theme"),
        _("Role"),
        _("Minutes"),
        _("JP"),
        _("Verification code"),
    ]
    widths = [22, 55, 92, 24, 16, 12, 36]
    pdf.set_font("Helvetica", "B", 9)
    for heading, width in zip(headings, widths, strict=True):
        pdf.cell(width, 7, _latin1(heading), border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for entry in summary.entries:
        row = row_for(entry, zone)
        values = [
            row["date"],
            row["host"],
            row["theme"],
            row["role"],
            str(row["duration"]),
            row["jp"],
            row["code"],
        ]
        for value, width in zip(values, widths, strict=True):
            text = _latin1(value)
            while text and pdf.get_string_width(text) > width - 2:
                text = text[:-1]
            pdf.cell(width, 7, text, border=1)
        pdf.ln()
        pdf.set_font("Helvetica", "I", 8)
        note = verification_url(entry)
        if row["confirmed"]:
            note = f"{row['confirmed']} - {note}"
        pdf.cell(sum(widths), 5, _latin1(note), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
    return bytes(pdf.output())
