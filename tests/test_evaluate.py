"""The scorer follows the corpus README's rules, in both directions."""

import json

from chancery.cli import app
from chancery.evaluate import norm, score_document

GOLD = {
    "boilerplate": ["Menu", "Share"],
    "actors": [
        {"name": "Ana Costa", "kind": "person", "aliases": ["Minister Costa"],
         "roles": [{"title": "Minister of Culture", "title_aliases": ["Culture Minister"], "of": "Portugal"}]},
        {"name": "Portugal", "kind": "country", "aliases": [], "roles": []},
        {"name": "UNESCO", "kind": "organization", "aliases": [], "roles": []},
    ],
    "events": [
        {"type": "meeting", "status": "happened", "date": "2023-03-08", "place": None,
         "participants": ["Ana Costa", "UNESCO"], "name": None, "evidence": "x"},
        {"type": "agreement", "status": "planned", "date": None, "place": None,
         "participants": ["Portugal", "UNESCO"], "name": None, "evidence": "y"},
    ],
}


def test_norm_ignores_case_spaces_hyphens_dots():
    assert norm("Oh Young-ju") == norm("oh youngju") == norm("OH YOUNG JU")
    assert norm("U.S.") == norm("US")


def test_perfect_system_scores_one():
    sc, errors = score_document(GOLD, GOLD, [])
    for prf in (sc.boilerplate, sc.actors, sc.roles, sc.events, sc.participants):
        assert prf.f1 == 1.0
    assert sc.date.value == sc.status.value == 1.0
    assert errors == []


def test_alias_matching_kind_and_one_to_one():
    system = {"boilerplate": ["Menu", "Latest"], "actors": [
        {"name": "Minister Costa", "kind": "person", "aliases": [], "roles": [
            {"title": "Culture Minister", "title_aliases": [], "of": "Portugal"}]},
        {"name": "ana costa", "kind": "person", "aliases": [], "roles": []},
        {"name": "UNESCO", "kind": "country", "aliases": [], "roles": []},
    ], "events": []}
    sc, _ = score_document(system, GOLD, [])
    assert (sc.actors.tp, sc.actors.fp, sc.actors.fn) == (1, 2, 2)
    assert (sc.roles.tp, sc.roles.fp, sc.roles.fn) == (1, 0, 0)
    assert (sc.boilerplate.tp, sc.boilerplate.fp, sc.boilerplate.fn) == (1, 1, 1)
    assert (sc.events.tp, sc.events.fn) == (0, 2)


def test_events_need_type_shared_participant_and_compatible_date():
    system = {"boilerplate": [], "actors": GOLD["actors"], "events": [
        {"type": "meeting", "status": "planned", "date": "2023-03", "participants": ["Ana Costa", "Portugal"]},
        {"type": "meeting", "status": "happened", "date": "2023-03-08", "participants": ["Ana Costa"]},
        {"type": "agreement", "status": "planned", "date": "2022", "participants": ["UNESCO"]},
        {"type": "visit", "status": "happened", "date": None, "participants": ["UNESCO"]},
    ]}
    sc, _ = score_document(system, GOLD, [])
    assert (sc.events.tp, sc.events.fp, sc.events.fn) == (2, 2, 0)
    # the gold meeting pairs with the equal-date system meeting among two sharing one participant
    assert (sc.participants.tp, sc.participants.fp, sc.participants.fn) == (2, 0, 2)
    assert (sc.date.right, sc.date.total) == (1, 2)
    assert (sc.status.right, sc.status.total) == (2, 2)


def test_event_pairs_are_a_maximum_matching():
    gold = dict(GOLD, events=[
        {"type": "aid", "status": "planned", "date": None, "participants": ["Portugal", "UNESCO"]},
        {"type": "aid", "status": "happened", "date": "2021", "participants": ["Portugal", "UNESCO"]},
    ])
    system = {"boilerplate": [], "actors": GOLD["actors"], "events": [
        {"type": "aid", "status": "happened", "date": "2021", "participants": ["Portugal", "UNESCO"]},
        {"type": "aid", "status": "planned", "date": "2023-03-08", "participants": ["UNESCO"]},
    ]}
    sc, _ = score_document(system, gold, [])
    assert (sc.events.tp, sc.events.fp, sc.events.fn) == (2, 0, 0)
    assert (sc.date.right, sc.status.right) == (1, 2)


def test_eval_command_on_a_small_corpus(runner, tmp_path):
    corpus = tmp_path / "corpus" / "dev"
    corpus.mkdir(parents=True)
    doc = {"id": "en-test-1", "url": "https://example.org/1", "lang": "en", "published": "2023-03-10",
           "text": "Menu\nMinisters Meet in Paris\nMinister of Culture Ana Costa of Portugal met with UNESCO Director-General Maria Lopez on 8 March 2023.\nShare",
           "gold": {"title": "Ministers Meet in Paris", "boilerplate": ["Menu", "Share"], "actors": [
               {"name": "Ana Costa", "kind": "person", "aliases": [], "roles": [
                   {"title": "Minister of Culture", "title_aliases": [], "of": "Portugal"}]},
               {"name": "Maria Lopez", "kind": "person", "aliases": [], "roles": [
                   {"title": "Director-General", "title_aliases": [], "of": "UNESCO"}]},
               {"name": "Portugal", "kind": "country", "aliases": [], "roles": []},
               {"name": "UNESCO", "kind": "organization", "aliases": [], "roles": []}],
               "events": [{"type": "meeting", "status": "happened", "date": "2023-03-08", "place": "Paris",
                           "participants": ["Ana Costa", "Maria Lopez"], "name": None, "evidence": "met"}]}}
    (corpus / "en-test-1.json").write_text(json.dumps(doc))
    result = runner.invoke(app, ["eval", str(corpus), "--json", "--show-errors"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert scores["en"]["actors"]["f1"] == 1.0
    assert scores["en"]["events"]["f1"] == 1.0
    assert scores["en"]["boilerplate"]["f1"] == 1.0
    assert scores["all"]["date"]["accuracy"] == 1.0
    table = runner.invoke(app, ["eval", str(corpus)]).stdout
    assert "en\tactors\t1.000\t1.000\t1.000" in table


def test_a_repeated_boilerplate_line_counts_once():
    system = {"boilerplate": ["Share", "Share", "Menu"], "actors": [], "events": []}
    sc, _ = score_document(system, {"boilerplate": ["Share"], "actors": [], "events": []}, [])
    assert (sc.boilerplate.tp, sc.boilerplate.fp, sc.boilerplate.fn) == (1, 1, 0)
