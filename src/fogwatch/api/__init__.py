"""fogwatch's HTTP API (FastAPI): ``create_app(store_url, token=..., extractor=...)``; ``fogwatch serve`` runs it."""

from .app import create_app
from .security import RateLimit

__all__ = ["RateLimit", "create_app"]
