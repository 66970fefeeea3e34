from django.apps import AppConfig


class SearchIndexingConfig(AppConfig):
    """Routes saves and deletes of indexed models through the indexing queue.

    Listed after ``wagtail.search`` in INSTALLED_APPS: its ready() replaces
    the signal handlers that wagtail.search (modelsearch) connects in its own.
    """

    name = "search.indexing"
    label = "simpul_search_indexing"

    def ready(self):
        from . import receivers

        receivers.connect()
