"""placeholder, being written"""
from __future__ import annotations
from dataclasses import dataclass
@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    token: int
    sentence: int
    cls: str
    negated: bool
    modality: str
