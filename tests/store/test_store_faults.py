"""Bad input and faults: a clear typed error, nothing half-written, and the next call picks up."""

from __future__ import annotations

import socket
import sqlite3
import time

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from store_builders import article_and_result, small_result

from fogwatch.errors import FogwatchError
from fogwatch.store import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    Store,
    StoreError,
    UnstorableTextError,
    content_hash,
    writer,
)


def test_a_locked_sqlite_file_gives_a_clear_message_after_the_busy_timeout(tmp_path):
    path = tmp_path / "locked.db"
    with Store.open(path, busy_timeout=0.2) as store:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another process writing
        started = time.monotonic()
        with pytest.raises(DatabaseLockedError) as caught:
            store.add_result(*small_result(1))
        waited = time.monotonic() - started
        holder.execute("ROLLBACK")
        holder.close()
        message = str(caught.value)
        assert "another process holds the database" in message and str(path) in message
        assert "run the same command again" in message
        assert 0.15 < waited < 5  # it waited for the busy timeout, then gave up
        assert store.add_result(*small_result(1)) == "new"  # the lock is gone: the retry succeeds
        assert store.counts()["articles"] == 1


def test_opening_a_locked_new_sqlite_file_says_so(tmp_path):
    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError, match="another process holds the database"):
            Store.open(path, busy_timeout=0.1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    Store.open(path).close()


def test_text_the_database_cannot_keep_is_refused_before_writing(store):
    article, result = article_and_result("nul", "fighting\x00 in Millbrook")
    with pytest.raises(UnstorableTextError, match="NUL characters"):
        store.add_result(article, result)
    article, result = article_and_result("surrogate", "fighting \ud800 in Millbrook")
    with pytest.raises(UnstorableTextError, match="lone surrogate"):
        store.add_result(article, result)
    assert store.counts()["articles"] == 0


def test_store_errors_are_fogwatch_errors():
    assert issubclass(DatabaseLockedError, StoreError) and issubclass(StoreError, FogwatchError)


def test_unreachable_postgresql_gives_a_clear_message():
    with socket.socket() as s:  # a port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DatabaseUnavailableError) as caught:
        Store.open(f"postgresql://nobody@127.0.0.1:{port}/fogwatch")
    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message and "server is running" in message


def test_a_password_never_appears_in_messages():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DatabaseUnavailableError) as caught:
        Store.open(f"postgresql://nobody:s3cret@127.0.0.1:{port}/fogwatch")
    assert "s3cret" not in str(caught.value)


def test_postgresql_connection_lost_mid_write_keeps_nothing_and_the_retry_stores_it(pg_server, monkeypatch):
    name = "t_lost_mid_write"
    url = pg_server.create_database(name)
    try:
        with Store.open(url) as store:
            store.add_result(*small_result(1))
            article, result = small_result(2)
            real = writer.insert_claims

            def server_goes_away(conn, *args, **kwargs):
                pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
                admin = make_url(url)
                with psycopg.connect(host=admin.host, port=admin.port, user=admin.username, dbname=name,
                                     autocommit=True) as other:
                    other.execute("SELECT pg_terminate_backend(%s)", (pid,))
                return real(conn, *args, **kwargs)

            with monkeypatch.context() as patch:
                patch.setattr(writer, "insert_claims", server_goes_away)
                with pytest.raises(DatabaseUnavailableError) as caught:
                    store.add_result(article, result)
            assert "Nothing of it was stored" in str(caught.value)
            assert store.result(content_hash(article.text)) is None
            assert store.counts()["events"] == 1
            assert store.add_result(article, result) == "new"  # the retry reconnects and completes
            assert store.counts()["events"] == 2
    finally:
        pg_server.drop_database(name)


def test_postgresql_restart_between_articles(pg_server):
    if pg_server.pg_ctl is None:
        pytest.skip("needs a server the tests started (not FOGWATCH_TEST_POSTGRES_URL)")
    name = "t_restart"
    url = pg_server.create_database(name)
    try:
        with Store.open(url) as store:
            store.add_result(*small_result(1))
            pg_server.stop("immediate")
            try:
                with pytest.raises(DatabaseUnavailableError):
                    store.add_result(*small_result(2))
            finally:
                pg_server.start()
            assert store.add_result(*small_result(2)) == "new"
            assert [a.source_id for a in store.articles()] == ["a1", "a2"]
    finally:
        pg_server.drop_database(name)


def test_a_database_from_a_newer_fogwatch_is_refused_clearly(db_url):
    Store.open(db_url).close()
    engine = sa.create_engine(db_url if "://" in db_url else f"sqlite:///{db_url}")
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer fogwatch"):
        Store.open(db_url)
