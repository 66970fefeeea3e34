"""What a search engine raises when it cannot answer right now.

The site search, related content, suggestions and spelling catch these and
answer without results ("pencarian sedang tidak tersedia") instead of a 500:
Whoosh's index missing, corrupt or locked too long; an OpenSearch or
Elasticsearch cluster that is down, unreachable, timing out or refusing the
request. A client library that is not installed adds nothing.
"""

from .backends.whoosh.exceptions import WhooshBackendError


def engine_errors():
    """The exception classes of every engine the settings can choose (config/search_backends.py)."""
    errors = [WhooshBackendError]
    try:
        from opensearchpy.exceptions import TransportError as OpenSearchTransportError
    except ImportError:
        pass
    else:
        errors.append(OpenSearchTransportError)  # connection refused, timeouts and error answers alike
    try:
        from elastic_transport import TransportError as ElasticTransportError
        from elasticsearch import ApiError as ElasticApiError
    except ImportError:
        pass
    else:
        errors += [ElasticTransportError, ElasticApiError]
    return tuple(errors)


SEARCH_UNAVAILABLE = engine_errors()
