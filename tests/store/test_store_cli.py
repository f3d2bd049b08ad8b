"""``fogwatch events`` / ``fogwatch claims`` (store side): filters, formats, --db, clear errors."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner
from store_builders import article_and_result, claim, event, small_result

from fogwatch.cli import claims as stored_claims_command
from fogwatch.cli_store import events_command
from fogwatch.store import Store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    with Store.open(path) as store:
        store.add_result(*small_result(1))
        store.add_result(*article_and_result(
            "B", "Marchers filled the square in Southport on Saturday.", outlet="Wire Agency",
            events=(event("e1", event_type="Protests", sub_event_type="Peaceful protest",
                          actor1="Protesters (Ruritania)", actor2=None, admin1="South Plain",
                          event_date=dt.date(2023, 5, 20)),),
            claims=(claim("c1", party=None, topic="other", speaker=None, quantity=None),)))
    return str(path)


def run(command, args, env=None):
    return CliRunner().invoke(command, args, env=env, catch_exceptions=False)


def test_events_as_a_table(db):
    result = run(events_command, ["--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Stored events" in result.stdout
    assert "Armed clash" in result.stdout and "Peaceful protest" in result.stdout
    assert "Valley Post" in result.stdout


def test_events_as_json_with_filters(db):
    result = run(events_command, ["--db", db, "--type", "battles", "--format", "json"])
    rows = json.loads(result.stdout)
    assert [r["event_type"] for r in rows] == ["Battles"]
    assert rows[0]["evidence"] == [{"start": 0, "end": 12, "field": "event_type", "text": "fighting in"}]
    assert rows[0]["source"]["outlet"] == "Valley Post" and rows[0]["key"].endswith(":e1")


def test_events_as_csv(db):
    result = run(events_command, ["--db", db, "--format", "csv", "--from", "2023-05-10"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["event_type"], r["admin1"], r["outlet"]) for r in rows] == [("Protests", "South Plain", "Wire Agency")]
    assert list(rows[0])[:4] == ["key", "event_id", "event_date", "time_precision"]


def test_the_environment_variable_names_the_database(db):
    result = run(events_command, ["--format", "json", "--limit", "1"], env={"FOGWATCH_DB": db})
    assert len(json.loads(result.stdout)) == 1


def test_claims_with_filters_in_every_format(db):
    table = run(stored_claims_command, ["--db", db, "--party", "rebel"])
    assert "Ana Roth" in table.stdout and "Stored claims" in table.stdout
    rows = json.loads(run(stored_claims_command, ["--db", db, "--contested", "--format", "json"]).stdout)
    assert [r["id"] for r in rows] == ["c1", "c2"]
    assert rows[0]["speaker"]["name"] == "Ana Roth" and rows[0]["source"]["article"] == "a1"
    flat = list(csv.DictReader(io.StringIO(run(stored_claims_command, ["--db", db, "--topic", "other",
                                                                         "--format", "csv"]).stdout)))
    assert [(r["claim_id"], r["article"], r["speaker"]) for r in flat] == [("c1", "B", "")]


def test_no_match_says_so_and_succeeds(db):
    result = run(events_command, ["--db", db, "--country", "Atlantis", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "nothing in the store matches" in result.stderr


def test_a_bad_date_is_a_usage_error(db):
    result = run(events_command, ["--db", db, "--from", "last week"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_reading_works_while_another_process_writes(db):
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a writer holds the write lock (an ingest in progress)
    holder.execute("DELETE FROM claims")  # ... with uncommitted changes
    try:
        result = run(stored_claims_command, ["--db", db, "--format", "json"])  # WAL: readers never wait
        assert result.exit_code == 0
        assert len(json.loads(result.stdout)) == 3  # the committed state
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_an_unreachable_server_is_a_clear_error():
    result = run(events_command, ["--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 1
    assert "Error:" in result.stderr and "server is running" in result.stderr


def test_every_command_documents_an_example():
    for command in (events_command, stored_claims_command):
        assert "Example" in (command.help or "") and "fogwatch " in (command.help or "")
