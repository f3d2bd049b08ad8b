"""Rewrite tests/fixtures/known_failures.toml from the expectation checks that fail now.

Run it only after reviewing why each check fails (``pytest tests/test_golden.py -k expectation``
with the file emptied shows every failure); then review the diff of the file like code.

    python scripts/update_known_failures.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
KNOWN = REPO / "tests" / "fixtures" / "known_failures.toml"
HEADER = """\
# Expectation checks of tests/test_golden.py that fogwatch is known to fail, with what it does instead.
# Each runs as a strict xfail: when a change fixes one, its test fails until the line is removed.
# Keys are test ids: "<fixture>::<field path>". Regenerate with scripts/update_known_failures.py
# after reviewing why each fails; the reason is what fogwatch produced when the check was listed.
"""


def _quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def main() -> None:
    KNOWN.write_text(HEADER, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.xml"
        subprocess.run(
            [sys.executable, "-m", "pytest", "tests/test_golden.py", "-q", "-p", "no:cacheprovider",
             "-k", "expectation", f"--junitxml={report}"],
            cwd=REPO, capture_output=True, check=False,
        )
        failures = {}
        for case in ET.parse(report).iter("testcase"):
            failure = case.find("failure")
            ident = re.search(r"\[(.+)\]$", case.get("name", ""))
            if failure is None or ident is None:
                continue
            message = failure.get("message", "").split("\n")[0].replace("AssertionError: ", "")
            failures[ident.group(1)] = re.sub(r"\s+", " ", message)[:220]
    lines = [HEADER] + [f'"{_quote(k)}" = "open: {_quote(v)}"' for k, v in sorted(failures.items())]
    KNOWN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(failures)} known failures written to {KNOWN.relative_to(REPO)}")


if __name__ == "__main__":
    main()
