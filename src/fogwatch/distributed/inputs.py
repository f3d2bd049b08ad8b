"""Inputs given as fsspec URLs (s3://, gs://, abfs://, memory://, file://, ...) as well as local paths.

The client reads the input and sends articles to the workers, so only the client needs access to
the input's storage. http(s) URLs stay with ``fogwatch ingest``'s own fetcher (web pages, feeds).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO

from ..ingest.fetch import Fetcher
from ..ingest.sources import KNOWN_SUFFIXES, SourceError, SourceItem, is_url, read_sources
from .deps import require_fsspec


def is_fsspec_url(spec: str) -> bool:
    """A URL with a scheme fsspec handles (anything with "://" except http and https)."""
    return "://" in spec and not is_url(spec)


@contextlib.contextmanager
def open_input(spec: str | Path) -> Iterator[IO[bytes]]:
    """``spec`` opened for reading bytes: a local file, or an fsspec URL (compression from the suffix)."""
    text = str(spec)
    if not is_fsspec_url(text):
        with open(text, "rb") as handle:
            yield handle
        return
    fsspec = require_fsspec()
    with fsspec.open(text, "rb", compression="infer") as handle:
        yield handle


def input_exists(spec: str | Path) -> bool:
    text = str(spec)
    if not is_fsspec_url(text):
        return Path(text).exists()
    fsspec = require_fsspec()
    fs, path = fsspec.core.url_to_fs(text)
    return bool(fs.exists(path))


def read_any_sources(specs: Iterable[str], *, fetcher: Fetcher | None = None, stdin: BinaryIO | None = None
                     ) -> Iterator[SourceItem]:
    """``ingest.read_sources``, plus fsspec URLs: a file, or every file with a known suffix under a folder."""
    for spec in specs:
        if is_fsspec_url(spec):
            yield from _fsspec_items(spec, fetcher)
        else:
            yield from read_sources([spec], fetcher=fetcher, stdin=stdin)


def _fsspec_items(url: str, fetcher: Fetcher | None) -> Iterator[SourceItem]:
    from ..ingest.sources import items_from_bytes  # the reader of one file's bytes, shared with local files

    fsspec = require_fsspec()
    try:
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isdir(root):
            # sorted, as local folders are: two runs see the same first copies
            files = sorted(f for f in fs.find(root) if _wanted(f, root))
            if not files:
                yield SourceError(url, "empty_dir", f"{url}: no .txt, .html, .json, .jsonl or feed files here")
        elif fs.exists(root):
            files = [root]
        else:
            yield SourceError(url, "not_found", f"{url}: no such file or folder")
            return
    except (OSError, ValueError) as exc:
        yield SourceError(url, "unreadable", f"{url}: cannot list it ({exc})")
        return
    for path in files:
        name = url if path == root else fs.unstrip_protocol(path)
        try:
            data = fs.cat_file(path)
        except OSError as exc:
            yield SourceError(name, "unreadable", f"{name}: cannot read it ({exc})")
            continue
        yield from items_from_bytes(data, name, suffix=PurePosixPath(path).suffix.lower(), fetcher=fetcher,
                               skip_entry=None)


def _wanted(path: str, root: str) -> bool:
    relative = PurePosixPath(path).relative_to(PurePosixPath(root)) if path.startswith(root) else PurePosixPath(path)
    return (PurePosixPath(path).suffix.lower() in KNOWN_SUFFIXES
            and not any(part.startswith(".") for part in relative.parts))
