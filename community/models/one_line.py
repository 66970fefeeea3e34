"""Page fields that are one line of text wherever they go: e-mail subjects, calendar and feed titles."""


class OneLineFieldsMixin:
    """Line breaks and runs of spaces in ``one_line_fields`` become one space on every clean.

    Wagtail cleans a page on every save (fully when it is live, minimally
    for a draft: the admin's forms, ``add_child``, publishing a revision), so a title typed or posted with a line break is
    stored on one line. A line break kept in a title stopped the e-mails
    that carry it (Django refuses multi-line headers) and reached the
    single-line fields of calendars and feeds.
    """

    one_line_fields = ("title", "draft_title")

    def _keep_on_one_line(self):
        for name in self.one_line_fields:
            value = getattr(self, name, None)
            if isinstance(value, str):
                setattr(self, name, " ".join(value.split()))

    def clean(self):
        self._keep_on_one_line()
        super().clean()

    def minimal_clean(self):
        # What Wagtail runs instead of full_clean() when it saves a draft.
        self._keep_on_one_line()
        super().minimal_clean()
