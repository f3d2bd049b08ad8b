"""Settings of the extraction, read from a TOML file; defaults in ``data/defaults.toml``.

A ``Config`` is a frozen value passed explicitly to the pipeline: there is no global configuration.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DataFileError


@dataclass(frozen=True, slots=True)
class Config:
    undated_lag_days: int
    background_days: int
    casualty_reach: int
    max_article_chars: int

    @classmethod
    def load(cls, path: Path | None = None) -> Config:
        """The defaults, overridden by the keys present in ``path``."""
        defaults = resources.files("fogwatch").joinpath("data/defaults.toml").read_text(encoding="utf-8")
        values = _flatten(tomllib.loads(defaults))
        if path is not None:
            try:
                user = _flatten(tomllib.loads(Path(path).read_text(encoding="utf-8")))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise DataFileError(f"cannot read the config file {path}: {exc}") from None
            unknown = sorted(set(user) - set(values))
            if unknown:
                raise DataFileError(
                    f"{path}: unknown setting(s) {', '.join(unknown)}; the settings are {', '.join(sorted(values))}"
                )
            values.update(user)
        for f in fields(cls):
            if not isinstance(values.get(f.name), int) or values[f.name] < 0:
                raise DataFileError(f"setting {f.name} must be a whole number >= 0, got {values.get(f.name)!r}")
        return cls(**{f.name: values[f.name] for f in fields(cls)})


def _flatten(data: dict[str, Any]) -> dict[str, Any]:
    """Section names only group settings for readers: ``[dates] undated_lag_days`` is ``undated_lag_days``."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(value)
        else:
            flat[key] = value
    return flat
