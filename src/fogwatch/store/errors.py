"""Typed errors of the store. Each message names the database and says what the user can do."""

from __future__ import annotations

from ..errors import FogwatchError


class StoreError(FogwatchError):
    """The store could not read or write; nothing of the article being written was kept."""

    code = "store"


class DatabaseLockedError(StoreError):
    """Another process held the SQLite file for longer than the busy timeout."""

    code = "store_locked"


class DatabaseUnavailableError(StoreError):
    """The database server cannot be reached, or went away during a write."""

    code = "store_unavailable"


class UnstorableTextError(StoreError):
    """Text the database cannot keep (NUL characters, lone surrogates)."""

    code = "store_bad_text"
