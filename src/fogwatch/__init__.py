"""fogwatch: conflict news in, evidence-linked ACLED-style events and a claims ledger out.

    >>> import fogwatch
    >>> result = fogwatch.extract(text, published="2021-09-03")
    >>> result.events[0].event_type
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .records import (
    Article,
    ArticleInfo,
    ArticleResult,
    Claim,
    Contradiction,
    Event,
    Evidence,
    Problem,
    Quantity,
    Speaker,
    TextSpan,
    from_dict,
    to_dict,
)

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .pipeline import Pipeline, extract, extract_many


def __getattr__(name: str) -> Any:
    # The pipeline pulls in spaCy; import it only when it is used, so `import fogwatch` stays fast.
    if name in ("Pipeline", "extract", "extract_many"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'fogwatch' has no attribute {name!r}")


__all__ = [
    "Article",
    "ArticleInfo",
    "ArticleResult",
    "Claim",
    "Contradiction",
    "Event",
    "Evidence",
    "Pipeline",
    "Problem",
    "Quantity",
    "Speaker",
    "TextSpan",
    "__version__",
    "extract",
    "extract_many",
    "from_dict",
    "to_dict",
]
