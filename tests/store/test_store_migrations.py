"""Migrations and models agree; Store.open() brings a new or an old database to the current schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from store_builders import Cluster, small_result

from fogwatch.store import (
    ENV_VAR,
    Store,
    StoreError,
    codec,
    content_hash,
    default_path,
    migrations,
    resolve_url,
    writer,
)
from fogwatch.store.engine import WRITE, create_engine
from fogwatch.store.models import metadata


def _engine(url: str) -> sa.Engine:
    return create_engine(resolve_url(url, {}), busy_timeout=5)


def test_head_constant_is_the_newest_revision():
    script = ScriptDirectory(str(migrations.SCRIPT_LOCATION))
    assert script.get_current_head() == migrations.HEAD


def test_a_new_database_is_created_at_head_and_matches_the_models(db_url):
    Store.open(db_url).close()
    engine = _engine(db_url)
    try:
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.HEAD
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()


def test_an_old_database_is_upgraded_keeping_its_data(db_url):
    engine = _engine(db_url)
    article, result = small_result(1)
    try:
        with engine.connect() as conn:
            conn.execution_options(**{WRITE: True})
            with conn.begin():
                migrations.upgrade(conn, "0001")  # as written by the first release: no cluster tables
                assert not sa.inspect(conn).has_table("clusters")
                article_id = writer.insert_article(conn, article, result, content_hash=content_hash(article.text),
                                                   near_duplicate_of=None, stored_at=dt.datetime.now(dt.UTC))
                writer.write_children(conn, article_id, result, content_hash(article.text))
    finally:
        engine.dispose()
    with Store.open(db_url) as store:
        assert store.result(content_hash(article.text)) == result
        (stored,) = store.events()
        store.replace_clusters([Cluster("k1", (stored.key,))])
        assert [c.id for c in store.clusters()] == ["k1"]


def test_opening_twice_is_a_no_op(db_url):
    with Store.open(db_url) as store:
        store.add_result(*small_result(1))
    with Store.open(db_url) as store:
        assert store.counts()["articles"] == 1


def test_default_location_is_per_user_and_created_on_first_use(tmp_path):
    home = tmp_path / "home"
    assert default_path({"HOME": str(home)}) == home / ".local/share/fogwatch/fogwatch.db"
    assert default_path({"HOME": str(home), "XDG_DATA_HOME": str(tmp_path / "xdg")}) == \
        tmp_path / "xdg/fogwatch/fogwatch.db"
    with Store.open(environ={"HOME": str(home)}) as store:
        store.add_result(*small_result(1))
    assert (home / ".local/share/fogwatch/fogwatch.db").is_file()


def test_the_environment_variable_and_the_argument_choose_the_database(tmp_path):
    chosen = tmp_path / "chosen.db"
    assert resolve_url(None, {ENV_VAR: str(chosen), "HOME": "/nowhere"}).database == str(chosen)
    assert resolve_url(tmp_path / "arg.db", {ENV_VAR: str(chosen)}).database == str(tmp_path / "arg.db")
    assert resolve_url("postgres://u@h/db", {}).drivername == "postgresql+psycopg"
    assert resolve_url("postgresql://u@h/db", {}).drivername == "postgresql+psycopg"
    assert resolve_url(f"sqlite:///{tmp_path}/x.db", {}).database == f"{tmp_path}/x.db"
    with pytest.raises(StoreError, match="unsupported database 'mysql'"):
        resolve_url("mysql://u@h/db", {})


def test_an_in_memory_database_works():
    with Store.open("sqlite://") as store:
        article, result = small_result(1)
        store.add_result(article, result)
        assert store.result(content_hash(article.text)) == result


def test_a_directory_is_not_a_database(tmp_path: Path):
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(tmp_path)


def test_the_default_hash_is_sha256_of_the_text():
    assert codec.content_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
