"""A throwaway PostgreSQL server for tests: initdb + pg_ctl on loopback, a free port, a temp folder."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest
from sqlalchemy.engine import make_url

TEST_DATABASE = "fogwatch_tests"  # per-test schemas live in this database


class PgUnavailable(Exception):
    """The binaries are missing or the server would not start (the message says which)."""


def give_up(exc: PgUnavailable, environ: Mapping[str, str]) -> NoReturn:
    """Skip the PostgreSQL tests, or fail them when the environment says PostgreSQL is required (CI)."""
    if environ.get("FOGWATCH_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"FOGWATCH_REQUIRE_POSTGRES=1 but the PostgreSQL tests cannot run: {exc}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {exc}")


def _binary(name: str) -> str | None:
    # Newest versioned Debian folder first (15 is the one CI installs), then PATH.
    folders = [Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin") if Path(p).parent.name.isdigit()]
    for folder in sorted(folders, key=lambda p: int(p.parent.name), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    admin_url: str  # a URL to the maintenance database "postgres"
    data_dir: Path | None = None
    pg_ctl: str | None = None
    run_as: list[str] = field(default_factory=list)
    port: int | None = None
    base: Path | None = None
    fsync: bool = False  # test data is thrown away; fsync only for honest timings

    def _admin(self) -> psycopg.Connection:
        url = make_url(self.admin_url)
        return psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                               dbname=url.database or "postgres", autocommit=True)

    def url_for(self, database: str) -> str:
        return make_url(self.admin_url).set(drivername="postgresql+psycopg", database=database) \
            .render_as_string(hide_password=False)

    def create_database(self, name: str) -> str:
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" STRATEGY FILE_COPY')
        return self.url_for(name)

    def create_schema(self, database: str, schema: str) -> str:
        """A URL whose connections work in a new schema of ``database`` (much faster than a new database)."""
        with self._admin() as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{database}"')
        with psycopg.connect(self.url_for(database).replace("postgresql+psycopg", "postgresql"),
                             autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        return f"{self.url_for(database)}?options=-csearch_path%3D{schema}"

    def drop_schema(self, database: str, schema: str) -> None:
        with psycopg.connect(self.url_for(database).replace("postgresql+psycopg", "postgresql"),
                             autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        assert self.pg_ctl and self.data_dir and self.base, "only a server this module started can be stopped"
        return subprocess.run([*self.run_as, self.pg_ctl, "-D", str(self.data_dir), *args],
                              capture_output=True, text=True, timeout=60)

    def stop(self, mode: str = "fast") -> None:
        self._ctl("-m", mode, "-w", "stop")

    def start(self) -> None:
        assert self.base is not None
        options = f"-h 127.0.0.1 -p {self.port} -k {self.base} -c max_connections=60" + ("" if self.fsync else " -F")
        done = self._ctl("-l", str(self.base / "server.log"), "-o", options, "-w", "-t", "60", "start")
        if done.returncode != 0:
            log = (self.base / "server.log").read_text(errors="replace")[-2000:] \
                if (self.base / "server.log").exists() else ""
            raise PgUnavailable(f"pg_ctl start failed: {done.stderr.strip()} {log}")

    def destroy(self) -> None:
        if self.pg_ctl:
            self.stop("immediate")
        if self.base:
            shutil.rmtree(self.base, ignore_errors=True)


def start_server(*, fsync: bool = False) -> PgServer:
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if not initdb or not pg_ctl:
        raise PgUnavailable("initdb/pg_ctl not found (install Debian's postgresql-15, or set "
                            "FOGWATCH_TEST_POSTGRES_URL to a server of your own)")
    base = Path(tempfile.mkdtemp(prefix="fogwatch-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(base, ignore_errors=True)
            raise PgUnavailable("running as root and there is no 'postgres' user for initdb "
                                "(install Debian's postgresql-15, which creates it)") from None
        runuser = shutil.which("runuser")
        if not runuser:
            shutil.rmtree(base, ignore_errors=True)
            raise PgUnavailable("running as root and runuser (util-linux) is missing")
        os.chown(base, user.pw_uid, user.pw_gid)
        run_as = [runuser, "-u", "postgres", "--"]
    data = base / "data"
    done = subprocess.run([*run_as, initdb, "-D", str(data), "-U", "fogwatch", "--auth=trust", "-E", "UTF8",
                           "--locale=C", "--no-sync"], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        raise PgUnavailable(f"initdb failed: {done.stderr.strip()[-1000:]}")
    port = _free_port()
    server = PgServer(admin_url=f"postgresql+psycopg://fogwatch@127.0.0.1:{port}/postgres", data_dir=data,
                      pg_ctl=pg_ctl, run_as=run_as, port=port, base=base, fsync=fsync)
    try:
        server.start()
    except PgUnavailable:
        shutil.rmtree(base, ignore_errors=True)
        raise
    return server


@contextlib.contextmanager
def new_database(backend: str, request: pytest.FixtureRequest, folder: Path) -> Iterator[str]:
    """A new, empty database on ``backend``: a file in ``folder``, or a fresh PostgreSQL schema."""
    if backend == "sqlite":
        yield str(folder / "fogwatch.db")
        return
    server: PgServer = request.getfixturevalue("pg_server")
    schema = f"t_{uuid.uuid4().hex[:12]}"  # a schema per test: a new database costs ~0.5 s
    url = server.create_schema(TEST_DATABASE, schema)
    try:
        yield url
    finally:
        server.drop_schema(TEST_DATABASE, schema)
