"""Store fixtures: every store test runs on SQLite and on a throwaway PostgreSQL server.

The PostgreSQL server is started once per session with the Debian binaries (initdb + pg_ctl from
/usr/lib/postgresql/<version>/bin or PATH), on 127.0.0.1 at a free port, in a temporary data folder,
without fsync (its data is thrown away), and stopped at the end. initdb refuses to run as root, so
as root the server runs as the ``postgres`` user. Without the binaries the PostgreSQL tests skip,
unless FOGWATCH_REQUIRE_POSTGRES=1 (CI), when they fail. FOGWATCH_TEST_POSTGRES_URL points the tests
at a server you run yourself instead (the tests create and drop databases on it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import PgServer, PgUnavailable, give_up, new_database, start_server


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    external = os.environ.get("FOGWATCH_TEST_POSTGRES_URL")
    if external:
        yield PgServer(admin_url=external)
        return
    try:
        server = start_server()
    except PgUnavailable as exc:
        give_up(exc, os.environ)
    try:
        yield server
    finally:
        server.destroy()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with new_database(backend, request, tmp_path) as url:
        yield url


@pytest.fixture
def store(db_url: str):
    from fogwatch.store import Store

    with Store.open(db_url) as s:
        yield s
