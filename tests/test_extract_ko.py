"""Korean extraction on sentences written for these tests."""

from chancery.extract import extract
from chancery.language.dates import find_dates
from chancery.records import Article


def run(text: str, published: str | None = "2023-03-10"):
    article = Article(id="t", url="test:", title=None, published=published, language="ko", text=text)
    return extract(article)


def actor(result, name):
    return next(a for a in result.actors if a.name == name)


def roles(result, name):
    return [(r.title, r.of) for r in actor(result, name).roles]


def test_name_before_body_and_title():
    r = run("박영수 교육부 차관은 8일 서울에서 한국문화재단 관계자들과 회담했다.")
    assert actor(r, "박영수").kind == "person"
    assert roles(r, "박영수") == [("교육부 차관", None)]


def test_state_title_belongs_to_the_country_named_in_the_text():
    r = run("한국과 프랑스는 협력을 논의했다. 박영수 교육부 차관은 8일 한국 대표로 회의에 참석했다.")
    assert roles(r, "박영수") == [("교육부 차관", "Republic of Korea")]


def test_bracketed_original_names_the_person_in_english():
    r = run("마리아 곤잘레스(Maria Gonzalez) 유니세프 부총재는 9일 방한했다. 곤잘레스 부총재는 감사를 표했다.")
    gonzalez = actor(r, "Maria Gonzalez")
    assert "마리아 곤잘레스" in gonzalez.aliases
    assert roles(r, "Maria Gonzalez") == [("유니세프 부총재", "UNICEF")]
    assert [a.name for a in r.actors if a.kind == "person"] == ["Maria Gonzalez"]


def test_surname_with_title_refers_back_to_the_full_name():
    r = run("홍길동 외교부 공공외교정책과장이 회의를 주재했다. 홍 과장은 협력을 강조했다.")
    assert [a.name for a in r.actors if a.kind == "person"] == ["홍길동"]
    assert ("외교부 공공외교정책과장", "Ministry of Foreign Affairs") in roles(r, "홍길동")


def test_title_then_name_in_brackets_after_a_body():
    r = run("한국문화재단(이사장 윤미경)은 8일 부산시와 업무협약을 체결했다.")
    assert roles(r, "윤미경") == [("이사장", "한국문화재단")]
    assert actor(r, "부산시").kind == "organization"
    event = next(e for e in r.events if e.type == "agreement")
    assert set(event.participants) >= {"한국문화재단", "부산시"}
    assert event.date == "2023-03-08"
    assert event.status == "happened"


def test_acronym_in_brackets_is_an_alias_of_the_body():
    r = run("국제무예센터(ICMA)는 새 사업을 시작했다. ICMA는 앞으로 교육을 맡는다.")
    assert "ICMA" in actor(r, "국제무예센터").aliases


def test_generic_bodies_and_common_words_are_not_actors():
    r = run("관계부처와 국제기구, 지역사무소가 요청을 검토했다. 정부는 전문가 의견을 들었다.")
    assert r.actors == ()


def test_country_before_a_city_is_a_place():
    r = run("김철수 시장은 미국 뉴욕에서 유니세프 관계자를 만났다.")
    assert "United States" not in {a.name for a in r.actors}


def test_planned_status_follows_the_verb():
    r = run("박영수 교육부 차관은 15일 마리아 곤잘레스(Maria Gonzalez) 유니세프 부총재와 면담할 예정이다.")
    meeting = next(e for e in r.events if e.type == "meeting")
    assert meeting.status == "planned"
    assert set(meeting.participants) == {"박영수", "Maria Gonzalez"}


def test_aid_needs_something_given():
    r = run("한국은 유니세프에 500만 달러를 지원했다. 유니세프는 아동 보호에 기여하는 기관이다.")
    aid = [e for e in r.events if e.type == "aid"]
    assert len(aid) == 1 and "500만 달러" in aid[0].evidence


def test_korean_dates_anchored_on_publication():
    text = "2018년 6월 27일 / 12.19.(목) / 지난 16일 / 오는 5일 / 지난달 / 지난해 11월 / 8월 28일부터 30일까지 / 2.5%"
    found = {text[d.start:d.end]: d.iso for d in find_dates(text, "2019-12-20", "ko")}
    assert found == {
        "2018년 6월 27일": "2018-06-27",
        "12.19.(목)": "2019-12-19",
        "지난 16일": "2019-12-16",
        "오는 5일": "2020-01-05",
        "지난달": "2019-11",
        "지난해 11월": "2018-11",
        "8월 28일부터 30일": "2019-08-28/2019-08-30",
    }


def test_korean_dates_without_publication_date_keep_the_precision_the_text_gives():
    text = "2.22일 파리에서, 24일(현지시간) 뉴욕에서, 11.10(금)-11.11(토)"
    found = {text[d.start:d.end]: d.iso for d in find_dates(text, None, "ko")}
    assert found == {"2.22일": "--02-22", "11.10(금)-11.11(토)": "--11-10/--11-11"}


def test_a_cue_after_ibeon_refers_back_to_the_event_already_reported():
    r = run("한국문화재단은 5일 부산에서 '2023 문화유산 포럼'을 개최했다.\n이번 포럼에는 윤미경 이사장과 김철수 부산시 시장이 참석했다.")
    conferences = [e for e in r.events if e.type == "conference"]
    assert len(conferences) == 1
    assert conferences[0].date == "2023-03-05"
    assert {"윤미경", "김철수"} <= set(conferences[0].participants)


def test_the_date_of_a_cue_is_the_one_written_before_it():
    r = run("한국문화재단은 지난 2019년 총회에서 설립이 승인되었고 2020년 5월 사무국을 개소했다.")
    by_type = {e.type: e.date for e in r.events}
    assert by_type["conference"] == "2019"


def test_status_comes_from_the_clause_of_the_cue():
    r = run("박영수 교육부 차관은 8일 유엔개발계획 총재와 면담하고, 내달 열릴 총회에 참석할 계획이다.")
    status = {e.type: e.status for e in r.events}
    assert status["meeting"] == "happened"
    assert status["conference"] == "planned"


def test_each_clause_gives_its_own_event_with_the_sentence_topic():
    r = run("한국문화재단은 6일 부산시와 업무협약을 맺은 데 이어, 8일 서울에서 한국국제교류재단과 협약을 체결했다.")
    agreements = sorted((e.date, set(e.participants)) for e in r.events if e.type == "agreement")
    assert agreements == [
        ("2023-03-06", {"한국문화재단", "부산시"}),
        ("2023-03-08", {"한국문화재단", "Korea Foundation"}),
    ]


def test_a_name_split_by_the_tagger_is_still_found_with_its_particle():
    r = run("한위는 7일 교육부와 협약을 체결했다.")
    assert "Korean National Commission for UNESCO" in {a.name for a in r.actors}


def test_a_cue_inside_another_word_is_no_cue():
    r = run("박영수 교육부 차관은 8일 세계유산위원회의 결정을 환영했다.")
    assert [e.type for e in r.events] == []
    r = run("박영수 교육부 차관은 8일 서울에서 열린 회의에 참석했다.")
    assert [e.type for e in r.events] == ["conference"]


def test_a_date_without_year_takes_the_one_year_its_sentence_names():
    r = run("'2019 동아시아 문화 포럼'이 8월 28일부터 30일까지 부산에서 한국문화재단 주최로 개최된다.", published=None)
    (forum,) = [e for e in r.events if e.type == "conference"]
    assert forum.date == "2019-08-28/2019-08-30"
    r = run("2018년과 2019년 사이의 8월 28일 회의에 한국문화재단이 참석했다.", published=None)
    assert [e.date for e in r.events if e.type == "conference"] == ["--08-28"]


def test_agreements_named_differently_are_two_agreements():
    r = run("한국문화재단은 8일 부산시와 '청소년 교류' 업무협약을 체결했다.\n한국문화재단은 또 부산시와 '문화유산 보호' 업무협약도 체결했다.")
    names = sorted(e.name for e in r.events if e.type == "agreement")
    assert names == ["문화유산 보호", "청소년 교류"]


def test_a_cue_word_inside_a_quoted_title_is_no_event_but_its_head_is():
    r = run("'제2차 한-유니세프 신탁기금 사업 점검회의'가 6일 한국문화재단과 유니세프 주최로 서울에서 열렸다.")
    assert [e.type for e in r.events] == ["conference"]


def test_a_purpose_is_planned_and_keeps_the_future_date():
    r = run("한국문화재단과 부산시는 지난 6일 내년 말까지 부산에 청소년문화센터를 설립하기 위한 협약을 체결했다.")
    by_type = {e.type: (e.date, e.status) for e in r.events}
    assert by_type["agreement"] == ("2023-03-06", "happened")
    assert by_type["establishment"] == ("2024", "planned")


def test_what_an_agreement_commits_to_is_planned():
    r = run("한국문화재단은 8일 유니세프에 300만불을 지원하는 약정을 체결했다.")
    by_type = {e.type: (e.date, e.status) for e in r.events}
    assert by_type["agreement"] == ("2023-03-08", "happened")
    assert by_type["aid"] == (None, "planned")


def test_ibeon_and_geumbeon_take_the_date_of_the_gathering_they_refer_to():
    r = run("한국문화재단은 7일 부산에서 유니세프와 정책협의회를 개최했다.\n"
            "금번 협의회 계기 한국문화재단과 유니세프는 업무협약도 체결했다.")
    assert {e.type: e.date for e in r.events}["agreement"] == "2023-03-07"


def test_inal_is_the_day_last_named():
    text = "회의는 4일 열렸다. 이날에는 협약을 맺었다. 이튿날 방문했다."
    found = [(text[d.start:d.end], d.iso) for d in find_dates(text, "2020-02-05", "ko")]
    assert found == [("4일", "2020-02-04"), ("이날", "2020-02-04"), ("이튿날", "2020-02-05")]


def test_a_past_connective_without_comma_ends_a_clause():
    r = run("한국문화재단은 지난 2019년 설립이 승인되었고 2020년 5월 부산시와 협약을 체결했다.")
    assert {e.type: e.date for e in r.events}["agreement"] == "2020-05"


def test_yangcheuk_are_the_first_two_bodies_named_before():
    r = run("한국문화재단과 유니세프는 7일 서울에서 정책협의회를 개최했다.\n양측은 이날 업무협약을 체결했다.")
    (agreement,) = [e for e in r.events if e.type == "agreement"]
    assert set(agreement.participants) == {"한국문화재단", "UNICEF"}


def test_a_named_gathering_without_parties_gives_its_date_to_the_one_referring_back():
    r = run("‘2024 문화유산 포럼’이 5월 8일부터 10일까지 부산에서 개최된다.\n"
            "한국문화재단이 주최하는 이번 포럼에는 유니세프 관계자가 참석할 예정이다.", published="2024-04-01")
    (forum,) = [e for e in r.events if e.type == "conference"]
    assert forum.date == "2024-05-08/2024-05-10"
    assert forum.name == "2024 문화유산 포럼"


def test_gateun_gigan_is_the_last_range_named():
    text = "포럼이 8월 28일부터 30일까지 열린다. 8월 28일 개막식이 있다. 같은 기간 회의가 열린다."
    found = [(text[d.start:d.end], d.iso) for d in find_dates(text, "2023-08-01", "ko")]
    assert found[-1] == ("같은 기간", "2023-08-28/2023-08-30")


def test_a_yearless_date_takes_the_year_of_the_lead_when_nothing_is_published():
    r = run("‘2024 문화유산 포럼’이 5월 8일부터 10일까지 부산에서 한국문화재단 주최로 열린다.\n"
            "같은 기간 유니세프가 공동 주최하는 ‘청소년 유산 회의’도 열린다.", published=None)
    dates = sorted(e.date for e in r.events if e.type == "conference")
    assert dates == ["2024-05-08/2024-05-10", "2024-05-08/2024-05-10"]


def test_a_paragraph_opened_by_inal_happens_that_day():
    r = run("한국문화재단은 4일 부산에서 유니세프와 정책협의회를 개최했다.\n"
            "이날에는 각 기관의 사업을 공유했다. 한국문화재단과 유니세프는 공동 사업을 추진하기로 합의했다.")
    assert {e.type: e.date for e in r.events}["agreement"] == "2023-03-04"
