"""The CLI as users meet it: documented commands work, bad input gets a clear message."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from fogwatch.cli import main

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def run(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


def documented_commands() -> list[str]:
    """Every `fogwatch ...` line inside the README's bash code blocks."""
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.S)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    return [line.split("fogwatch ", 1)[1] for line in lines if re.match(r"(\.venv/bin/)?fogwatch ", line)]


def test_every_command_is_documented_in_the_readme():
    for name in main.commands:
        assert f"fogwatch {name}" in README, f"`fogwatch {name}` is not documented in README.md"


def test_ci_runs_the_readme_install_and_test_commands():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "# install$" in ci and "# test$" in ci
    assert re.search(r"^.+# install$", README, flags=re.M)
    assert re.search(r"^.+# test$", README, flags=re.M)


@pytest.mark.parametrize("command", documented_commands())
def test_documented_command_runs(command, tmp_path, monkeypatch, pipeline):
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("FOGWATCH_DB", str(tmp_path / "store.db"))  # never the user's own store
    args = shlex.split(command)
    if "--output" in args:  # keep the repository clean
        args[args.index("--output") + 1] = str(tmp_path / "out.jsonl")
    if args[0] == "eval":
        pytest.skip("eval commands are exercised in tests/test_eval_*.py")
    if (args[0] in ("events", "claims", "export") and "--input" not in args
            and not args[1:2] == ["examples/kismayo-clash.txt"]):
        # queries read the store: fill it first, as the README's order of commands does
        assert CliRunner().invoke(main, ["ingest", "examples/"], catch_exceptions=False).exit_code == 0
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output


def test_extract_prints_contract_json(tmp_path, pipeline):
    article = tmp_path / "a.txt"
    article.write_text(
        "Soldiers clashed with Al Shabaab fighters in Kismayo on Monday, killing three militants, "
        "the army said.", encoding="utf-8")
    result = run(["extract", str(article), "--published", "2024-03-12"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) >= {"article", "events", "claims", "contradictions"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Fighting in Goma \xff\xfe killed two.", "UTF-8"),
        ("Des combats ont éclaté lundi dans la ville de Goma, selon des sources locales qui ont fait état "
         "de plusieurs morts parmi les civils.".encode(), "French"),
    ],
)
def test_bad_article_gets_a_clear_error(tmp_path, content, message, pipeline):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run(["extract", str(path)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert json.loads(result.stdout)["error"]["message"]


def test_malformed_published_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Troops clashed with rebels on Monday.", encoding="utf-8")
    result = run(["extract", str(path), "--published", "3rd of May"])
    assert result.exit_code == 1
    assert "YYYY-MM-DD" in result.stderr


def test_missing_file():
    result = run(["extract", "does-not-exist.txt"])
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_enormous_article_is_truncated_with_a_warning(tmp_path, pipeline):
    paragraph = "Residents said the market reopened on Tuesday after repairs to the roof and stalls.\n"
    path = tmp_path / "big.txt"
    path.write_text(paragraph * (10_000_000 // len(paragraph)), encoding="utf-8")
    result = run(["extract", str(path), "--published", "2024-01-10"])
    assert result.exit_code == 0
    assert "only the first" in result.stderr


def test_batch_goes_on_after_bad_lines(tmp_path, pipeline):
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": "Police arrested five protesters in Nairobi on Monday.",
                    "published": "2024-03-12"}),
        "{broken json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "bad-date", "text": "Rebels attacked a village.", "published": "12/03/2024"}),
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps({"id": "ok2", "text": "Gunmen killed two farmers near Jos on Sunday.", "published": "2024-03-12"}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run(["extract", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["article"]["id"] for r in records] == ["ok1", "line-2", "no-text", "bad-date", "empty", "ok2"]
    assert [("error" in r) for r in records] == [False, True, True, True, True, False]
    assert "6 articles: 2 ok, 4 failed" in result.stderr
    assert not (tmp_path / "out.jsonl.part").exists()


def test_a_full_disk_stops_the_batch_with_a_clear_error(tmp_path, pipeline, monkeypatch):
    import errno

    from fogwatch import cli_batch

    class FillsUp:
        """A results file on a disk that fills after the first line."""

        def __init__(self, path):
            self.inner, self.name, self.lines = open(path, "w", encoding="utf-8"), str(path), 0

        def write(self, text):
            if self.lines >= 1:
                raise OSError(errno.ENOSPC, "No space left on device", self.name)
            self.lines += 1
            return self.inner.write(text)

        def close(self):
            self.inner.close()

    monkeypatch.setattr(cli_batch, "write_atomically", lambda path: FillsUp(path.with_name(path.name + ".part")))
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": f"a{i}", "text": "Gunmen killed two farmers near Jos."})
                                for i in range(3)) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run(["extract", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 2
    assert "cannot write the results after 2 articles (No space left on device" in result.stderr
    assert "Free some space" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()  # nothing that looks complete
    kept = (tmp_path / "out.jsonl.part").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["article"]["id"] for line in kept] == ["a0"]
