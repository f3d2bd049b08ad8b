"""The web tier on loopback: read-endpoint latency under load, and the page's first useful paint.

Builds a temp SQLite store of ``--events`` hand-built events (default 10,000, ten to an article),
serves it with ``fogwatch serve`` in a subprocess on a free 127.0.0.1 port (so the load client and
the server do not share a GIL), then

1. load: ``--clients`` concurrent clients x ``--requests`` GETs over the read endpoints (as
   tests/test_load.py, on the bigger store): errors, p50/p95;
2. first useful paint in Debian's chromium (Playwright, CSP in force): from navigation until the
   first event rows and the marker canvas are in the DOM; also until all events are drawn
   (``#status`` reads "N events"). Best and median of ``--paints`` fresh page loads.

    python bench/web.py
    python bench/web.py --events 2000 --paints 3 --json bench/results/web.json
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "tests" / "store"))
from test_load import fill_many, run_load  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    fogwatch = Path(sys.executable).with_name("fogwatch")
    cmd = [str(fogwatch)] if fogwatch.exists() else [sys.executable, "-c", "from fogwatch.cli import main; main()"]
    env = {**os.environ, "FOGWATCH_TOKEN": ""}  # reads only: writes stay disabled
    proc = subprocess.Popen([*cmd, "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"fogwatch serve exited: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
        try:
            with urllib.request.urlopen(f"{base}/api/v1/events?limit=1", timeout=2):
                return proc, base
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("fogwatch serve did not answer within 30 s")


def first_paint(base: str, n_events: int, runs: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    out: dict[str, list[float]] = {"rows": [], "markers": [], "all": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                page.set_default_timeout(60_000)
                t0 = time.perf_counter()
                page.goto(f"{base}/", wait_until="commit")
                page.locator("#event-table tbody tr").first.wait_for(state="attached")
                out["rows"].append(time.perf_counter() - t0)
                page.locator("#map .leaflet-overlay-pane canvas").wait_for(state="attached")
                out["markers"].append(time.perf_counter() - t0)
                page.locator("#status", has_text=re.compile(r"^\d+ events")).wait_for()
                out["all"].append(time.perf_counter() - t0)
                status = page.locator("#status").inner_text()
                if not status.startswith(f"{min(n_events, 20_000)} events"):
                    raise RuntimeError(f"the page loaded {status!r}, expected {n_events} events")
                context.close()
        finally:
            browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=20)
    ap.add_argument("--paints", type=int, default=5, help="fresh page loads to time")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    args = ap.parse_args()

    results: dict[str, object] = {"events": args.events}
    with tempfile.TemporaryDirectory(prefix="fogwatch-web-") as tmp:
        db = Path(tmp) / "web.db"
        t0 = time.perf_counter()
        fill_many(db, args.events)
        print(f"store: {args.events} events built in {time.perf_counter() - t0:.1f} s")
        proc, base = start_server(db)
        try:
            load = run_load(base, clients=args.clients, requests=args.requests, deadline=600)
            print(f"load: {args.clients} clients x {args.requests} requests: {load.summary()}")
            if load.errors:
                print("  first errors:", *load.errors[:5], sep="\n  ")
            results["load"] = {"clients": args.clients, "requests": args.requests, "errors": len(load.errors),
                               "p50_ms": round(load.percentile(0.5) * 1000, 1),
                               "p95_ms": round(load.percentile(0.95) * 1000, 1),
                               "req_per_s": round((len(load.latencies) + len(load.errors)) / load.wall, 1)}
            if not args.no_browser and Path(CHROMIUM).exists():
                paint = first_paint(base, args.events, args.paints)
                for what, label in (("rows", "first event rows"), ("markers", "marker canvas"),
                                    ("all", f"all {args.events} events drawn")):
                    xs = paint[what]
                    print(f"paint: {label}: best {min(xs):.2f} s, median {statistics.median(xs):.2f} s "
                          f"({len(xs)} loads)")
                results["paint_s"] = {k: {"best": round(min(v), 3), "median": round(statistics.median(v), 3)}
                                      for k, v in paint.items()}
            else:
                print("paint: skipped (no browser)")
        finally:
            proc.terminate()
            proc.wait(10)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
