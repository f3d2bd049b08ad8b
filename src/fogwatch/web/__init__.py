"""The web page of fogwatch: static files only (HTML, ES modules, CSS, vendored Leaflet).

The API app mounts ``STATIC_DIR`` at "/" (``StaticFiles(directory=STATIC_DIR, html=True)``); the page
talks to the JSON API under ``/api/v1/`` and needs no build step and no network beyond that.
"""

from __future__ import annotations

from pathlib import Path

STATIC_DIR: Path = Path(__file__).resolve().parent / "static"

__all__ = ["STATIC_DIR"]
