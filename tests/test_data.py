"""Every lexicon loads, is well formed, and a user's file extends it."""

from importlib.resources import files

import pytest
import yaml

from chancery.cues import cues_for, vocabulary
from chancery.language import data as data_module


def all_data_files():
    root = files("chancery.data")
    return sorted(f"{d.name}/{f.name}" if d.is_dir() else d.name
                  for d in root.iterdir() if not d.name.startswith("_")
                  for f in (d.iterdir() if d.is_dir() else [d]) if f.name.endswith(".yaml"))


@pytest.mark.parametrize("relpath", all_data_files())
def test_every_data_file_parses(relpath):
    assert data_module.load(relpath)


def test_language_folders_hold_the_same_files():
    root = files("chancery.data")
    en = {f.name for f in root.joinpath("en").iterdir() if f.name.endswith(".yaml")}
    ko = {f.name for f in root.joinpath("ko").iterdir() if f.name.endswith(".yaml")}
    assert {"boilerplate.yaml", "organizations.yaml", "countries.yaml", "triggers.yaml"} <= en & ko


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_triggers_name_known_event_types(lang):
    assert {c.type for c in cues_for(lang).types} <= set(vocabulary()["types"])


def test_user_file_extends_a_lexicon(tmp_path, monkeypatch):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "organizations.yaml").write_text(yaml.safe_dump([{"name": "Atlantic Heritage Trust", "aliases": ["AHT"]}]))
    monkeypatch.setenv("CHANCERY_DATA_DIR", str(tmp_path))
    data_module.load.cache_clear()
    try:
        orgs = data_module.load("en/organizations.yaml")
        assert orgs[-1]["name"] == "Atlantic Heritage Trust"
        assert any(o["name"] == "UNESCO" for o in orgs)
    finally:
        data_module.load.cache_clear()


def _bools_in_lists(node, path="") -> list[str]:
    if isinstance(node, dict):
        return [b for k, v in node.items() for b in _bools_in_lists(v, f"{path}/{k}")]
    if isinstance(node, list):
        return [f"{path}[{i}]" for i, v in enumerate(node) if isinstance(v, bool)] + \
            [b for v in node for b in _bools_in_lists(v, path)]
    return []


@pytest.mark.parametrize("relpath", all_data_files())
def test_no_word_list_holds_a_yaml_boolean(relpath):
    """YAML reads a bare on/no/yes as a boolean: such words must be quoted."""
    assert _bools_in_lists(data_module.load(relpath)) == []
