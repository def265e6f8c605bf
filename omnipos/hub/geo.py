"""Postcode coordinates from a GeoNames postal-code file; no web service is called.

The public format (download.geonames.org/export/zip/, e.g. ``US.txt``) is
tab-separated UTF-8 without a header: country code, postal code, place name,
admin name 1, admin code 1, admin name 2, admin code 2, admin name 3, admin
code 3, latitude, longitude, accuracy. A file can be imported again (a newer
one): rows are replaced by key (country, postcode).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from omnipos.domain.errors import ValidationError
from omnipos.domain.routing import Point
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import Postcode

log = logging.getLogger(__name__)

_BATCH = 2000
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_UPSERT = text(
    "INSERT INTO postcodes (country, postcode, place, region, lat, lon) "
    "VALUES (:country, :postcode, :place, :region, :lat, :lon) "
    "ON CONFLICT (country, postcode) DO UPDATE SET place = excluded.place, "
    "region = excluded.region, lat = excluded.lat, lon = excluded.lon"
)


@dataclass
class GeoImport:
    imported: int = 0
    errors: list[str] = field(default_factory=list)


def normalise(postcode: str) -> str:
    return " ".join(postcode.upper().split())


def _row(parts: list[str]) -> dict[str, object]:
    if len(parts) < 11:
        raise ValueError(f"{len(parts)} tab-separated fields, a GeoNames row has 12")
    country, code = parts[0].strip().upper(), normalise(parts[1])
    if not _COUNTRY.match(country) or not code or len(code) > 20:
        raise ValueError(f"country {parts[0]!r} / postcode {parts[1]!r} is not a postcode key")
    lat, lon = float(parts[9]), float(parts[10])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates {parts[9]}, {parts[10]} are off the globe")
    return {"country": country, "postcode": code, "place": parts[2].strip()[:180],
            "region": parts[3].strip()[:100], "lat": lat, "lon": lon}


def import_geonames(db: HubDB, path: Path) -> GeoImport:
    """Import a GeoNames postal-code file; bad lines are listed, good ones kept."""
    report = GeoImport()
    batch: dict[tuple[str, str], dict[str, object]] = {}

    def flush() -> None:
        with db.transaction() as s:
            s.execute(_UPSERT, list(batch.values()))
        report.imported += len(batch)
        batch.clear()

    try:
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    row = _row(line.rstrip("\r\n").split("\t"))
                except ValueError as exc:
                    report.errors.append(f"line {number}: {exc}")
                    continue
                # GeoNames lists some postcodes once per place: one row each is enough.
                batch.setdefault((str(row["country"]), str(row["postcode"])), row)
                if len(batch) >= _BATCH:
                    flush()
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{path.name}: not a UTF-8 GeoNames file ({exc})") from exc
    if batch:
        flush()
    log.info("postcodes imported from %s: %d (%d bad lines)", path.name, report.imported,
             len(report.errors))
    return report


def locate(session: Session, country: str, postcode: str) -> Point | None:
    """The coordinates of a postcode, trying its outward part too ("97201-1234" -> "97201")."""
    code = normalise(postcode)
    tries = [code, code.split("-")[0], code.split(" ")[0], code[:3]]
    for candidate in dict.fromkeys(t for t in tries if t):
        row = session.get(Postcode, (country.upper(), candidate))
        if row is not None:
            return Point(row.lat, row.lon)
    return None
