"""The API's pydantic models restate the record fields (the OpenAPI schema is generated from them):
this test stops the two drifting apart when a record gains, loses or renames a field."""

from __future__ import annotations

import dataclasses

import pytest

from fogwatch import records
from fogwatch.api import schemas


@pytest.mark.parametrize(
    ("record", "model"),
    [
        (records.Event, schemas.EventFields),
        (records.Evidence, schemas.EvidenceOut),
        (records.TextSpan, schemas.TextSpanOut),
        (records.Speaker, schemas.SpeakerOut),
        (records.Quantity, schemas.QuantityOut),
        (records.Claim, schemas.ClaimFields),
        (records.Contradiction, schemas.ContradictionFields),
        (records.Problem, schemas.ProblemOut),
    ],
)
def test_api_model_lists_the_record_fields(record, model):
    assert set(model.model_fields) == {f.name for f in dataclasses.fields(record)}
