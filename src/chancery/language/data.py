"""Loading the YAML lexicons in `data/`, with user extensions merged in.

A user extends a lexicon by writing a file of the same relative path under
`$CHANCERY_DATA_DIR` (default: the user config directory's `data/`). Lists
are appended to the shipped ones; mappings are updated key by key.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import platformdirs
import yaml


def user_data_dir() -> Path:
    """Where a user's own lexicon files live."""
    env = os.environ.get("CHANCERY_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir("chancery")) / "data"


def _merge(base, extra):
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra


@lru_cache(maxsize=None)
def load(relpath: str):
    """Return the parsed YAML at `relpath` (e.g. "en/titles.yaml"), extended by the user's copy."""
    shipped = files("chancery.data").joinpath(*relpath.split("/"))
    data = yaml.safe_load(shipped.read_text(encoding="utf-8")) if shipped.is_file() else None
    own = user_data_dir() / relpath
    if own.is_file():
        extra = yaml.safe_load(own.read_text(encoding="utf-8"))
        data = extra if data is None else _merge(data, extra)
    if data is None:
        raise FileNotFoundError(f"no lexicon {relpath} in the shipped data or {user_data_dir()}")
    return data
