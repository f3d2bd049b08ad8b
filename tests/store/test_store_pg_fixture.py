"""The throwaway-PostgreSQL fixture: skips without binaries, fails instead when CI requires them."""

from __future__ import annotations

import pg_server as pgs
import pytest


def test_missing_binaries_are_reported(monkeypatch):
    monkeypatch.setattr(pgs, "_binary", lambda name: None)
    with pytest.raises(pgs.PgUnavailable, match="initdb/pg_ctl not found"):
        pgs.start_server()


def test_required_postgresql_fails_instead_of_skipping():
    problem = pgs.PgUnavailable("initdb/pg_ctl not found")
    with pytest.raises(pytest.fail.Exception, match="FOGWATCH_REQUIRE_POSTGRES=1 .*initdb/pg_ctl not found"):
        pgs.give_up(problem, {"FOGWATCH_REQUIRE_POSTGRES": "1"})
    with pytest.raises(pytest.skip.Exception, match="PostgreSQL tests skipped"):
        pgs.give_up(problem, {})


def test_the_server_is_postgresql_15_or_newer(pg_server):
    from fogwatch.store import Store

    name = "t_version"
    url = pg_server.create_database(name)
    try:
        with Store.open(url) as store, store.engine.connect() as conn:
            assert conn.dialect.server_version_info >= (15,)
    finally:
        pg_server.drop_database(name)
