"""A Redis cache that degrades to "no cache" while Redis is away.

The cache only ever holds what can be rebuilt (Wagtail's site root paths, page
fragments), so a Redis outage must cost speed, never a 500: a person saving their
practice on the night Redis restarts should not notice.
"""

from __future__ import annotations

import functools
import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

_OUTAGE = (RedisConnectionError, RedisTimeoutError, OSError)


def _degrade(method, fallback):
    """Wrap a cache method so an outage logs a warning and answers `fallback(*args, **kwargs)`."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except _OUTAGE as error:
            logger.warning("cache unavailable, %s skipped: %s", method.__name__, error)
            return fallback(*args, **kwargs)

    return wrapper


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _default(key, default=None, version=None):
    return default


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, answering as an empty cache when Redis cannot be reached."""

    get = _degrade(RedisCache.get, _default)
    get_many = _degrade(RedisCache.get_many, lambda *a, **k: {})
    set_many = _degrade(RedisCache.set_many, lambda *a, **k: [])
    add = _degrade(RedisCache.add, _false)
    touch = _degrade(RedisCache.touch, _false)
    delete = _degrade(RedisCache.delete, _false)
    has_key = _degrade(RedisCache.has_key, _false)
    clear = _degrade(RedisCache.clear, _false)
    set = _degrade(RedisCache.set, _nothing)
    delete_many = _degrade(RedisCache.delete_many, _nothing)
    incr = _degrade(RedisCache.incr, lambda *a, **k: 0)
