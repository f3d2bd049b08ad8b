"""Where the database is, how to connect to it, and what its failures mean to a user.

SQLite: WAL journal (readers never wait for the writer), foreign keys on, a busy timeout, and
``BEGIN IMMEDIATE`` for writes, so a writer takes the lock up front and waits its turn instead of
failing half-way when it upgrades a read lock. PostgreSQL: through psycopg 3, with a ping before each
checkout, so the first call after a server restart reconnects instead of failing.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, make_url

from .errors import DatabaseLockedError, DatabaseUnavailableError, StoreError

ENV_VAR = "FOGWATCH_DB"
WRITE = "fogwatch_write"  # execution option: this transaction writes (SQLite: BEGIN IMMEDIATE)


def default_path(environ: Mapping[str, str]) -> Path:
    """``$XDG_DATA_HOME/fogwatch/fogwatch.db``, else ``~/.local/share/fogwatch/fogwatch.db``."""
    base = environ.get("XDG_DATA_HOME")
    root = Path(base) if base else Path(environ.get("HOME") or Path.home()) / ".local" / "share"
    return root / "fogwatch" / "fogwatch.db"


def resolve_url(db: str | os.PathLike[str] | None, environ: Mapping[str, str] | None = None) -> URL:
    """The database URL for ``--db`` (a path or a URL), else ``$FOGWATCH_DB``, else the default path.

    ``postgres://`` and ``postgresql://`` mean psycopg 3 (the driver fogwatch installs).
    """
    environ = os.environ if environ is None else environ
    target = str(db) if db else environ.get(ENV_VAR) or str(default_path(environ))
    if "://" not in target:
        return URL.create("sqlite", database=str(Path(target).expanduser().resolve()))
    try:
        url = make_url(target)
    except sa.exc.ArgumentError:
        raise StoreError(f"{target!r} is neither a file path nor a database URL "
                         "(sqlite:///path/to/fogwatch.db or postgresql://user@host/db)") from None
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database {url.get_backend_name()!r}: use SQLite (a file path) or "
                         "PostgreSQL (postgresql://user@host/db)")
    return url


def display(url: URL) -> str:
    """The URL as shown in messages: a file path for SQLite, no password for a server."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _is_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def create_engine(url: URL, *, busy_timeout: float) -> sa.Engine:
    if url.get_backend_name() == "postgresql":
        return sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    if _is_memory(url):
        # One shared connection, or every checkout would see a new empty database.
        engine = sa.create_engine(url, poolclass=sa.pool.StaticPool,
                                  connect_args={"check_same_thread": False})
    else:
        path = Path(url.database or "")
        if path.is_dir():
            raise StoreError(f"{path} is a directory; --db / {ENV_VAR} must name a database file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # first use: create the default folder
        except OSError as exc:
            raise StoreError(f"cannot create the folder for the database {path}: {exc.strerror}") from None
        engine = sa.create_engine(url, connect_args={"timeout": busy_timeout})
    _sqlite_setup(engine, busy_timeout, wal=not _is_memory(url))
    return engine


def _sqlite_setup(engine: sa.Engine, busy_timeout: float, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module: it never emits BEGIN for reads or
        # DDL, so rollbacks would not cover them. BEGIN is emitted below instead.
        dbapi_connection.isolation_level = None
        # SQLite's own lower() folds ASCII only; PostgreSQL's folds all of Unicode. Same answers on both.
        dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL loses no committed transaction on a process kill (only on power loss).
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


@contextlib.contextmanager
def translate_errors(url: URL, doing: str, *, busy_timeout: float, write: bool = True) -> Iterator[None]:
    """Turn driver errors into fogwatch's typed errors, with what happened and what to do next."""
    where = display(url)
    kept = " Nothing of it was stored; run the same command again to pick up where it stopped." if write else ""
    try:
        yield
    except sa.exc.DBAPIError as exc:
        reason = _first_line(exc.orig)
        if url.get_backend_name() == "sqlite":
            if "locked" in reason or "busy" in reason:
                raise DatabaseLockedError(
                    f"another process holds the database {where} (waited {busy_timeout:g} s) while {doing}; "
                    f"let it finish, or give a different --db / {ENV_VAR}.{kept}") from None
            if isinstance(exc, sa.exc.OperationalError):
                raise StoreError(f"cannot use the SQLite database {where} while {doing}: {reason}.{kept}") from None
        elif exc.connection_invalidated or isinstance(exc, (sa.exc.OperationalError, sa.exc.InterfaceError)):
            raise DatabaseUnavailableError(
                f"lost or could not open the connection to {where} while {doing}: {reason}. Check that the "
                f"server is running and the URL is right.{kept}") from None
        if isinstance(exc, sa.exc.IntegrityError):
            raise StoreError(f"the database {where} refused a row while {doing}: {reason}.{kept}") from None
        raise StoreError(f"database error on {where} while {doing}: {reason}.{kept}") from None


def _first_line(orig: BaseException | None) -> str:
    text = str(orig) if orig is not None else ""
    return (text.strip().splitlines() or ["unknown error"])[0].rstrip(".")
