"""The site's synonyms as a Solr-format synonym file, for OpenSearch/Elasticsearch.

On Whoosh the shipped acronyms and spelling variants, the equivalents derived
from data (every agency's acronym and name) and the editors' entries are read
at query time (search.models.editor_synonyms). A cluster reads a file on each
node instead (config/search_backends.SYNONYMS_PATH): ``manage.py search_index
synonyms --output FILE`` writes it, one group of equivalents per line; copy it
to every node and reload the search analyzers after editors change entries.
"""

import re

#: Characters with a meaning in the Solr synonym format, never part of a term.
_SYNTAX = re.compile(r"[,#=>\\]+")


def _term(text):
    return " ".join(_SYNTAX.sub(" ", str(text)).split()).lower()


def synonym_lines():
    """["term, equivalent, ..."]: shipped entries, then derived and editors' ones (which replace them)."""
    from .backends.whoosh.synonyms import shipped_entries
    from .models import editor_synonyms

    entries = shipped_entries()
    entries.update(editor_synonyms())
    lines = []
    for term, equivalents in sorted(entries.items()):
        group = [_term(term)]
        group += [word for word in map(_term, equivalents) if word and word not in group]
        if group[0] and len(group) > 1:
            lines.append(", ".join(group))
    return lines
