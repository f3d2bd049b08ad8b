"""The JSON Schema in the package describes real output."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from fogwatch.records import to_dict

ARTICLES = [
    ("Al Shabaab fighters attacked a military base in Kismayo on Monday night, killing four soldiers, "
     "a regional official said. The group claimed in a statement that it killed 20 troops.", "2024-03-12"),
    ("The city council approved a new budget for road repairs on Tuesday.", "2024-03-12"),
    ("", None),
]


@pytest.fixture(scope="module")
def schema():
    return json.loads(resources.files("fogwatch").joinpath("data/result.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "published"), ARTICLES)
def test_output_validates_against_schema(schema, pipeline, text, published):
    data = to_dict(pipeline.extract(text, published=published))
    if data["error"] is None:
        data.pop("error")
    jsonschema.Draft202012Validator(schema).validate(data)


def test_schema_rejects_a_wrong_event_type(schema):
    bad = {"article": {"id": "a", "title": None, "published": None, "outlet": None, "url": None},
           "events": [{"event_type": "Skirmish"}], "claims": [], "contradictions": []}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(bad)
