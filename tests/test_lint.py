"""The code base passes ruff with the rules in pyproject.toml (pyflakes, pycodestyle, bugbear,
pyupgrade, import order): unused imports, shadowed definitions and over-long lines fail the build
here rather than piling up for a later clean-up."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_ruff_passes() -> None:
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "src", "tests", "scripts", "bench"],
                         cwd=REPO, capture_output=True, text=True)
    assert "No module named ruff" not in run.stderr, "ruff is a dev dependency: pip install -e '.[dev]'"
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
