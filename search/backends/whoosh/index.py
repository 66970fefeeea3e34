"""``WhooshIndex``: modelsearch's index API over one :class:`IndexStore`.

A ``WhooshIndex`` is either *live* (the default: writes go to the current
generation, and also to the generation an atomic rebuild is filling) or
*bound* to one generation (the rebuilder's target, written to alone).
"""

from django.utils.encoding import force_str
from modelsearch.backends.base import BaseIndex, get_model_root
from modelsearch.index import class_is_indexed

from .documents import DocumentBuilder
from .schema import PK, index_name_for_model

#: Objects a rebuild gathers before it commits them (see ``add_items``), and the
#: memory (MB) Whoosh may keep their postings in: with its default of 128 a commit
#: this large sorts them through temporary files and takes twice as long. Measured
#: on 5,000 generated practices: commits of 1,000 at 128 MB, 77 s and 5 segments;
#: of 5,000 at 128 MB, about 140 s; of 2,500 at 1,024 MB, 67 s and 2 segments
#: (peak 600 MB resident).
REBUILD_BATCH = 2_500
REBUILD_MEMORY_MB = 1_024


class WhooshIndex(BaseIndex):
    def __init__(self, backend, model, generation=None):
        super().__init__(backend)
        self.root_model = get_model_root(model)
        self.name = index_name_for_model(self.root_model)
        self.store = backend.get_store(self.name)
        self.generation = generation
        self._gathered = {}  # bound to a generation being rebuilt: {pk: docs} not yet written

    def __str__(self):
        return self.name

    def __repr__(self):
        bound = f" generation={self.generation}" if self.generation else ""
        return f"<WhooshIndex {self.name}{bound}>"

    def get_key(self):
        return self.name

    def bound_to(self, generation):
        return type(self)(self.backend, self.root_model, generation=generation)

    # Where writes go ---------------------------------------------------------

    def _target_generations(self):
        if self.generation is not None:
            return [self.generation]
        current = self.store.ensure_current()
        rebuilding = self.store.active_rebuild()
        if rebuilding and rebuilding != current:
            return [current, rebuilding]
        return [current]

    # BaseIndex API -----------------------------------------------------------

    def add_model(self, model):
        # The schema is model-independent (dynamic fields): only make sure an
        # index exists to write into.
        if self.generation is None:
            self.store.ensure_current()

    def refresh(self):
        # Whoosh commits are visible to every searcher opened afterwards.
        pass

    def reset(self):
        """Replace the live index by an empty one (atomically)."""
        if self.generation is not None:
            return
        self.store.swap_to(self.store.create_generation())

    def add_items(self, model, items):
        if not class_is_indexed(model):
            return
        builder = DocumentBuilder(model)
        groups = {}
        for item in items:
            docs = builder.build(item)
            groups[docs[0][PK]] = docs  # last one wins if an object appears twice
        if not groups:
            return
        if self.generation is not None:
            # A rebuild writes a new generation that no reader sees until it is swapped in:
            # a commit per chunk of the rebuild command would leave a segment per chunk
            # (every query reads each segment), so chunks are gathered and committed together.
            self._gathered.update(groups)
            if len(self._gathered) >= REBUILD_BATCH:
                self.flush()
            return
        for generation in self._target_generations():
            self.store.write_groups(generation, groups)

    def flush(self):
        """Commit what a rebuild has gathered (the rebuilder calls it before the swap).

        While objects wait here, the site goes on writing: live writes reach the new
        generation too (``_target_generations``). An object already in it was written
        since this rebuild read it, and an object gone from the database was deleted
        since: both are left out, so a gathered copy never undoes a newer change."""
        if not self._gathered:
            return
        groups, self._gathered = self._gathered, {}
        with self.store.open_index(self.generation).reader() as reader:
            written = {pk for pk in groups if (PK, pk) in reader}
        existing = {
            force_str(pk)
            for pk in self.root_model._default_manager.filter(pk__in=list(groups)).values_list(
                "pk", flat=True
            )
        }
        groups = {pk: docs for pk, docs in groups.items() if pk in existing and pk not in written}
        if groups:
            self.store.write_groups(self.generation, groups, memory_mb=REBUILD_MEMORY_MB)

    def delete_item(self, item):
        self.delete_pks([force_str(item.pk)])

    def delete_pks(self, pks):
        pks = [force_str(pk) for pk in pks]
        if not pks:
            return
        for pk in pks:
            self._gathered.pop(pk, None)
        for generation in self._target_generations():
            self.store.delete_pks(generation, pks)

    # Reading -------------------------------------------------------------------

    def searcher(self):
        """Context manager yielding a Whoosh searcher on the live generation.
        Raises :class:`~.exceptions.IndexUnavailable` if there is none."""
        return self.store.searcher()
