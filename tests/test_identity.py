"""One actor across languages: bracketed originals, romanization proposals,
and a user's merge and split decisions, through the CLI on SQLite and PostgreSQL."""

import json

from chancery.cli import app
from chancery.language.romanize import name_similarity, romanize
from chancery.language.ko import lexicon

ENGLISH = """2022-02-23
Foreign Minister Chung Eui-yong met with UNESCO Director-General Audrey Azoulay in Paris on February 22.
The two discussed cooperation on education and heritage.
"""
KOREAN_BRACKETED = """2022-02-23
정의용(Chung Eui-yong) 외교부 장관은 22일 파리에서 오드레 아줄레(Audrey Azoulay) 유네스코 사무총장을 면담했다.
양측은 교육과 유산 분야의 협력을 논의했다.
"""
KOREAN_PLAIN = """2022-03-15
정의용 외교부 장관은 14일 서울에서 유네스코 관계자들과 만나 교육 협력을 논의했다.
"""
KOREAN_LATER = """2022-04-02
정의용 외교부 장관은 1일 제네바에서 열린 회의에 참석했다.
"""


def run(runner, *args):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_romanization_of_names():
    surnames = lexicon().surnames
    assert romanize("정의용") == "jeonguiyong"
    assert name_similarity("정의용", "Chung Eui-yong", surnames) == 1.0
    assert name_similarity("오영주", "Young-ju Oh", surnames) >= 0.8
    assert name_similarity("정의용", "Chung Se-kyun", surnames) < 0.5
    assert name_similarity("정의용", "Park Eui-yong", surnames) == 0.0


def test_same_meeting_in_english_and_korean_is_one_event_with_two_sources(runner, db_url, tmp_path):
    run(runner, "ingest", "--db", db_url, write(tmp_path, "en.txt", ENGLISH), write(tmp_path, "ko.txt", KOREAN_BRACKETED))
    profile = json.loads(run(runner, "show", "--db", db_url, "오드레 아줄레", "--json"))
    assert profile["name"] == "Audrey Azoulay"
    assert {"Audrey Azoulay", "오드레 아줄레"} <= {n["name"] for n in profile["names"]}
    meetings = [e for e in profile["events"] if e["type"] == "meeting"]
    assert len(meetings) == 1
    assert len(meetings[0]["sources"]) == 2
    assert {p["name"] for p in meetings[0]["participants"]} == {"Audrey Azoulay", "Chung Eui-yong"}
    shown = run(runner, "show", "--db", db_url, "정의용")
    assert shown.startswith("Chung Eui-yong (person")
    assert "(2 source(s))" in shown


def test_romanized_name_is_proposed_then_merged_and_split(runner, db_url, tmp_path):
    run(runner, "ingest", "--db", db_url, write(tmp_path, "en.txt", ENGLISH), write(tmp_path, "ko.txt", KOREAN_PLAIN))
    proposals = json.loads(run(runner, "links", "--db", db_url, "--json"))
    assert [(p["korean"]["name"], p["latin"]["name"]) for p in proposals] == [("정의용", "Chung Eui-yong")]
    shown = run(runner, "show", "--db", db_url, "정의용")
    assert shown.startswith("정의용 (person")
    assert "possibly the same as: Chung Eui-yong" in shown and "proposed, not merged" in shown

    run(runner, "merge", "--db", db_url, "Chung Eui-yong", "정의용")
    merged = json.loads(run(runner, "show", "--db", db_url, "정의용", "--json"))
    assert merged["name"] == "Chung Eui-yong"
    assert {"Chung Eui-yong", "정의용"} <= {n["name"] for n in merged["names"]}
    assert merged["proposals"] == []
    assert json.loads(run(runner, "links", "--db", db_url, "--json")) == []

    run(runner, "ingest", "--db", db_url, write(tmp_path, "later.txt", KOREAN_LATER))
    later = json.loads(run(runner, "show", "--db", db_url, "Chung Eui-yong", "--json"))
    assert later["id"] == merged["id"]
    assert any(e["date"] == "2022-04-01" for e in later["events"])

    run(runner, "split", "--db", db_url, "Chung Eui-yong", "정의용")
    apart = json.loads(run(runner, "show", "--db", db_url, "정의용", "--json"))
    assert apart["name"] == "정의용" and apart["id"] != merged["id"]
    assert {n["name"] for n in apart["names"]} == {"정의용"}
    english = json.loads(run(runner, "show", "--db", db_url, "Chung Eui-yong", "--json"))
    assert "정의용" not in {n["name"] for n in english["names"]}
    assert json.loads(run(runner, "links", "--db", db_url, "--json")) == []


def test_merge_refuses_unknown_or_mismatched_actors(runner, db_url, tmp_path):
    run(runner, "ingest", "--db", db_url, write(tmp_path, "en.txt", ENGLISH))
    unknown = runner.invoke(app, ["merge", "--db", db_url, "Chung Eui-yong", "Nobody At All"])
    assert unknown.exit_code == 1 and "no actor matches" in unknown.output
    kinds = runner.invoke(app, ["merge", "--db", db_url, "Chung Eui-yong", "UNESCO"])
    assert kinds.exit_code == 1 and "cannot merge" in kinds.output
