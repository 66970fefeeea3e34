"""Cache backends that degrade to "no cache" instead of failing the request.

Django's own backends raise when Redis or Memcached is unreachable or the
disk of a file cache is full, and everything that caches (Wagtail's site
root paths, allauth's rate limits, the page cache) would then answer 500.
These subclasses log the error and answer as an empty cache would: reads
miss, writes are dropped.
"""

import logging

from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.memcached import PyMemcacheCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


def _failed(operation, error):
    logger.warning("Cache %s failed, continuing without the cache: %s", operation, error)


class TolerantCacheMixin:
    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except Exception as error:  # noqa: BLE001 - any backend failure reads as a miss
            _failed("get", error)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except Exception as error:  # noqa: BLE001
            _failed("get_many", error)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except Exception as error:  # noqa: BLE001
            _failed("has_key", error)
            return False

    def set(self, key, value, timeout=None, version=None):
        try:
            return super().set(key, value, timeout, version)
        except Exception as error:  # noqa: BLE001
            _failed("set", error)

    def add(self, key, value, timeout=None, version=None):
        try:
            return super().add(key, value, timeout, version)
        except Exception as error:  # noqa: BLE001
            _failed("add", error)
            return False

    def set_many(self, data, timeout=None, version=None):
        try:
            return super().set_many(data, timeout, version)
        except Exception as error:  # noqa: BLE001
            _failed("set_many", error)
            return list(data)

    def touch(self, key, timeout=None, version=None):
        try:
            return super().touch(key, timeout, version)
        except Exception as error:  # noqa: BLE001
            _failed("touch", error)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except Exception as error:  # noqa: BLE001
            _failed("delete", error)
            return False

    def delete_many(self, keys, version=None):
        try:
            return super().delete_many(keys, version)
        except Exception as error:  # noqa: BLE001
            _failed("delete_many", error)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except ValueError:
            raise  # a missing key, as Django documents
        except Exception as error:  # noqa: BLE001
            _failed("incr", error)
            raise ValueError(f"Key '{key}' not found (cache unavailable)") from error

    def clear(self):
        try:
            return super().clear()
        except Exception as error:  # noqa: BLE001
            _failed("clear", error)


class TolerantFileBasedCache(TolerantCacheMixin, FileBasedCache):
    def _createdir(self):
        # Django creates the directory when the cache is first opened; a
        # directory that cannot exist must not break every request either.
        try:
            super()._createdir()
        except OSError as error:
            _failed("open", error)


class TolerantRedisCache(TolerantCacheMixin, RedisCache):
    pass


class TolerantPyMemcacheCache(TolerantCacheMixin, PyMemcacheCache):
    pass
