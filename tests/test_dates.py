import pytest

from chancery.language.dates import compatible, find_dates, find_published


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("They met on 3 March 2021 in Rome.", None, ["2021-03-03"]),
        ("They met on March 3, 2021.", None, ["2021-03-03"]),
        ("They met on March 3.", "2021-05-01", ["2021-03-03"]),
        ("They met on March 3.", None, ["--03-03"]),
        ("The forum runs on 9-11 November 2025.", None, ["2025-11-09/2025-11-11"]),
        ("From 2 to 4 June 2019, the delegation toured.", None, ["2019-06-02/2019-06-04"]),
        ("It will open in September 2026.", None, ["2026-09"]),
        ("It opened in May.", "2020-08-01", ["2020-05"]),
        ("It opened in May.", None, ["--05"]),
        ("The project ran from 2011-15 in Africa.", None, ["2011/2015"]),
        ("The centre opened in 1998.", None, ["1998"]),
        ("The envoy arrived last week.", "2021-03-10", ["2021-03"]),
        ("The envoy arrived last week.", "2021-03-03", ["2021-02"]),
        ("Talks resume next week.", "2021-03-10", ["2021-03"]),
        ("The envoy has toured the region since last week.", "2021-03-03", ["2021"]),
        ("The envoy has toured the region since last week.", "2021-03-12", ["2021-03"]),
        ("Posted 21.03.2019 by staff", None, ["2019-03-21"]),
        ("The two ministers spoke on Thursday.", "2024-02-16", ["2024-02-15"]),
        ("The two ministers spoke on Friday.", "2024-02-16", ["2024-02-16"]),
        ("A similar forum was held last year.", "2024-02-16", ["2023"]),
        ("Talks were held on Oct. 2 in Hanoi.", "2022-10-05", ["2022-10-02"]),
        ("You may say so.", "2022-10-05", []),
    ],
)
def test_find_dates(text, published, expected):
    assert [d.iso for d in find_dates(text, published)] == expected


def test_spans_point_at_the_expression():
    text = "The agreement was signed on 5 April 2022 in Seoul."
    (d,) = find_dates(text)
    assert text[d.start:d.end] == "5 April 2022"


@pytest.mark.parametrize(
    "a, b, ok",
    [
        ("2018-06-27", "2018-06", True),
        ("2018-06-27", "2018", True),
        ("2018-06-27", "2018-07", False),
        ("2018", "2019", False),
        ("--07-25", "2023-07-25", True),
        ("--07-25", "2023-07-26", False),
        (None, "2023", True),
        ("2018-12-10/2018-12-14", "2018-12", True),
    ],
)
def test_compatible(a, b, ok):
    assert compatible(a, b) is ok


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ministers Meet\n2024-05-21\nThe ministers met on Monday.", "2024-05-21"),
        ("Headline\nPosted: 14 March 2023\nBody text follows here.", "2023-03-14"),
        ("제목\n등록 2024.10.17 14:21:33\n본문입니다.", "2024-10-17"),
        ("Headline\nThe ministers met on 14 March 2023 in Geneva to discuss the agenda for next year.", None),
    ],
)
def test_find_published_reads_a_dateline(text, expected):
    assert find_published(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They discussed the 2026 session of the committee.", []),
        ("The 2018 meeting was held in Seoul.", []),
        ("Delegates attended WEF 2015 in Incheon.", []),
        ("The centre opened in 2015.", ["2015"]),
        ("Goals were included in the 2015-2030 development agenda.", []),
        ("The programme ran from 2011-2015 in Peru.", ["2011/2015"]),
    ],
)
def test_years_naming_a_thing_are_not_dates(text, expected):
    assert [d.iso for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He is visiting for the Pacific Ministerial Forum 2022.", []),
        ("In 2018, the centre opened.", ["2018"]),
        ("It opened in March 2018.", ["2018-03"]),
        ("Since 2011 the fund has grown.", ["2011"]),
    ],
)
def test_years_after_a_name_are_part_of_it(text, expected):
    assert [d.iso for d in find_dates(text)] == expected


def test_anaphoric_days_take_the_day_last_named():
    text = "They met on 3 May 2021. The next day they signed. That same day, the minister left."
    found = [(text[d.start:d.end], d.iso) for d in find_dates(text, None, "en")]
    assert found == [("3 May 2021", "2021-05-03"), ("The next day", "2021-05-04"), ("That same day", "2021-05-04")]


def test_stamps_and_statement_days_date_no_event():
    from chancery.language.dates import event_dates

    text = "Posted: 2024-05-01 Chile will donate $5 million, the ministry said Saturday. They met on 2 May 2024."
    assert [d.iso for d in find_dates(text, "2024-05-05", "en")] == ["2024-05-01", "2024-05-04", "2024-05-02"]
    assert [d.iso for d in event_dates(text, "2024-05-05", "en")] == ["2024-05-02"]
