"""Rebuilders used by ``rebuild_modelsearch_index`` (and Wagtail's ``update_index``).

The management command calls ``start()`` (which returns the index to fill),
``index.add_model()`` / ``index.add_items()`` per chunk, then ``finish()``.
"""

import logging

logger = logging.getLogger(__name__)


class WhooshSearchRebuilder:
    """Non-atomic: empties the live index first, so searches see a partial
    index while the rebuild runs."""

    def __init__(self, index):
        self.index = index

    def start(self):
        self.index.reset()
        return self.index

    def finish(self):
        if self.index.backend.options.optimize_on_rebuild:
            self.index.store.optimize(self.index.store.ensure_current())


class WhooshSearchAtomicRebuilder(WhooshSearchRebuilder):
    """Builds into a new generation and swaps it in when complete; readers
    keep using the previous generation until then. Writes made meanwhile by
    other processes go to both generations (see :mod:`.storage`)."""

    def __init__(self, index):
        super().__init__(index)
        self.alias = index
        self.generation = None

    def start(self):
        store = self.alias.store
        self.generation = store.create_generation()
        store.start_rebuild(self.generation)
        self.index = self.alias.bound_to(self.generation)
        return self.index

    def finish(self):
        store = self.alias.store
        try:
            self.index.flush()
            if self.alias.backend.options.optimize_on_rebuild:
                store.optimize(self.generation)
            store.swap_to(self.generation)
        finally:
            store.finish_rebuild(self.generation)
        logger.info("Search index %s now serves generation %s", store.name, self.generation)
