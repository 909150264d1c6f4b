import pytest

from chancery.ingest.text import is_boilerplate, split_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Follow Us:",
        "© 2024 Ministry of Culture. All rights reserved.",
        "Copyright Example News Agency",
        "Share",
        "Print",
        "Link copied",
        "Home > News > Press",
        "본문 바로가기",
        "이 기사를 공유합니다",
        "• 댓글 0",
        "[ⓒ 예시일보, 무단전재 및 재배포 금지]",
        "Menu",
        "Newsroom",
    ],
)
def test_furniture_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The Minister met the Director-General in Paris on Monday.",
        "Ministers Discuss Heritage Cooperation in Seoul",
        "By Jane Roe",
        "2023-07-25",
        "외교부 장관은 유네스코 사무총장을 면담했다.",
        "SEOUL, July 25 (Example) -- The two sides agreed to meet again.",
    ],
)
def test_content_lines(line):
    assert not is_boilerplate(line)


def test_split_keeps_paragraphs_and_reports_dropped_lines():
    page = "Menu\nSkip to content\n\nMinister Visits Geneva\n\nThe minister arrived on Monday.\n\nShare\n"
    content, dropped = split_boilerplate(page)
    assert content == "Minister Visits Geneva\n\nThe minister arrived on Monday."
    assert dropped == ("Menu", "Skip to content", "Share")


def test_title_line_is_never_dropped():
    assert not is_boilerplate("Newsroom", title="Newsroom")


def test_a_date_heading_a_header_widget_goes_with_it():
    page = "2030.01.07 (월)\n• 맑음 서울 1.0℃\n• 흐림 부산 5.5℃\n• 맑음 대전 0.2℃\n\n교육부, 협약 체결\n\n본문이다.\n"
    content, dropped = split_boilerplate(page)
    assert content.startswith("교육부, 협약 체결")
    assert dropped[0] == "2030.01.07 (월)"


def test_a_dateline_before_the_story_stays():
    page = "2030-01-07\nMinister Visits Geneva\nThe minister arrived on Monday.\nShare\nPrint\nTweet\n"
    content, _ = split_boilerplate(page)
    assert content.startswith("2030-01-07\nMinister Visits Geneva")


def test_the_headline_of_plain_text_is_not_the_site_name_above_it():
    from chancery.ingest.article import to_article
    from chancery.records import Source

    text = "The Lisbon Herald\n\nMinister Costa meets UNICEF chief in Lima\n\nOn 6 March, Minister Ana Costa met Hugo Lima."
    article = to_article(Source(uri="file:///tmp/a.txt", data=text.encode(), media_type="text/plain"))
    assert article.title == "Minister Costa meets UNICEF chief in Lima"
    short = to_article(Source(uri="file:///tmp/b.txt", data=b"Minister Visits Geneva\n\nThe minister arrived on Monday.",
                              media_type="text/plain"))
    assert short.title == "Minister Visits Geneva"


def test_an_english_lead_sentence_is_no_headline_but_a_korean_one_is():
    from chancery.ingest.article import to_article
    from chancery.records import Source

    en = "UNICEF and Chile co-organized a meeting on 6 March 2023 in Santiago.\nThe meeting was attended by Peru."
    assert to_article(Source(uri="file:///tmp/c.txt", data=en.encode(), media_type="text/plain")).title is None
    ko = "한국문화재단은 7일 서울에서 유니세프와 정책협의회를 개최했다.\n이번 회의에는 부산시가 참석했다."
    article = to_article(Source(uri="file:///tmp/d.txt", data=ko.encode(), media_type="text/plain"))
    assert article.title == "한국문화재단은 7일 서울에서 유니세프와 정책협의회를 개최했다."
