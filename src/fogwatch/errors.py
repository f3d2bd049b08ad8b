"""Typed errors. Each message says what was wrong and what the user can do about it."""

from __future__ import annotations


class FogwatchError(Exception):
    """Base class of every error fogwatch raises on purpose."""

    code = "error"


class InputError(FogwatchError):
    """An article or its metadata cannot be read as given."""

    code = "bad_input"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code


class PipelineLoadError(FogwatchError):
    """The language model or a bundled data file could not be loaded."""

    code = "pipeline_load"


class DataFileError(FogwatchError):
    """A bundled or user-supplied data file (catalogue, gazetteer, model) is missing or malformed."""

    code = "data_file"
