"""Clusters as a GeoJSON FeatureCollection (RFC 7946).

One Point feature per located cluster, coordinates in RFC 7946's order ``[longitude, latitude]``
(WGS 84, no ``crs`` member: RFC 7946 removed it), the cluster id as the feature ``id``, event fields
as flat ``properties`` (lists for outlets). The top level holds only ``type`` and ``features``, so
strict validators accept it. Clusters without coordinates, or with coordinates out of range, are
left out unless ``include_unlocated`` (then their geometry is ``null``, which RFC 7946 allows).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any, TextIO

from ..reconcile.records import Cluster


def _located(c: Cluster) -> bool:
    lat, lon = c.latitude, c.longitude
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return False
    return -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0


def properties(c: Cluster) -> dict[str, Any]:
    """The feature's properties: ACLED's event fields and the reconciliation's counts."""
    return {
        "cluster_id": c.id,
        "event_date": c.event_date.isoformat() if c.event_date else None,
        "time_precision": c.time_precision,
        "event_type": c.event_type,
        "sub_event_type": c.sub_event_type,
        "actor1": c.actor1,
        "inter1": c.inter1,
        "actor2": c.actor2,
        "inter2": c.inter2,
        "interaction": c.interaction,
        "country": c.country,
        "admin1": c.admin1,
        "admin2": c.admin2,
        "location": c.location,
        "geo_precision": c.geo_precision,
        "fatalities": c.fatalities,
        "fatalities_low": c.fatalities_low,
        "fatalities_best": c.fatalities_best,
        "fatalities_high": c.fatalities_high,
        "n_sources": c.n_sources,
        "outlets": list(c.outlets),
        "first_reported": c.first_reported.isoformat() if c.first_reported else None,
        "last_reported": c.last_reported.isoformat() if c.last_reported else None,
        "contested": c.contested,
        "n_contradictions": len(c.contradictions),
        "notes": c.notes,
    }


def feature(c: Cluster) -> dict[str, Any]:
    geometry = None
    if _located(c):
        assert c.latitude is not None and c.longitude is not None
        geometry = {"type": "Point", "coordinates": [c.longitude, c.latitude]}
    return {"type": "Feature", "id": c.id, "geometry": geometry, "properties": properties(c)}


def feature_collection(clusters: Iterable[Cluster], *, include_unlocated: bool = False) -> dict[str, Any]:
    """The FeatureCollection of ``clusters``."""
    features = [feature(c) for c in clusters if include_unlocated or _located(c)]
    return {"type": "FeatureCollection", "features": features}


def write_geojson(clusters: Iterable[Cluster], out: TextIO, *, include_unlocated: bool = False) -> int:
    """Write the FeatureCollection to ``out``; features written."""
    collection = feature_collection(clusters, include_unlocated=include_unlocated)
    json.dump(collection, out, ensure_ascii=False, allow_nan=False)
    out.write("\n")
    return len(collection["features"])


__all__ = ["feature", "feature_collection", "properties", "write_geojson"]
