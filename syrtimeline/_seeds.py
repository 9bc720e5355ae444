"""The bundled seed articles: where they live, inside an installed wheel or a source checkout."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["seed_dir", "seed_manifest", "seed_texts"]


def seed_dir() -> Path:
    """The folder of the bundled seeds: ``syrtimeline/seeds`` in a wheel, ``seeds/`` in a checkout."""
    packaged = resources.files("syrtimeline") / "seeds"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "seeds"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("the bundled seed articles are missing from this installation")


def seed_manifest() -> dict[str, dict[str, Any]]:
    with (seed_dir() / "MANIFEST.toml").open("rb") as fh:
        return tomllib.load(fh)


def seed_texts() -> list[tuple[str, str, dt.date | dt.datetime | None]]:
    """(file name, text, publication date or None) for each seed, in file order."""
    manifest = seed_manifest()
    out = []
    for path in sorted(seed_dir().glob("*.txt")):
        entry = manifest.get(path.name, {})
        published = entry.get("published")
        out.append((path.name, path.read_text(encoding="utf-8"), published))
    return out
