import pytest

from chancery.store.happenings import Happening, more_precise, same_happening


def h(type="meeting", date="2023-03-08", participants=(1, 2), persons=(1, 2), status="happened", name=None):
    return Happening(0, type, status, date, name, None, list(participants), set(persons))


@pytest.mark.parametrize(
    "a, b, same",
    [
        (h(), h(), True),
        (h(), h(date="--03-08"), True),
        (h(), h(date="2023-03"), True),
        (h(), h(date="2023-03-09"), False),
        (h(), h(date="2023"), False),
        (h(), h(date=None), False),
        (h(), h(type="visit"), False),
        (h(), h(status="planned"), False),
        (h(participants=(1, 2)), h(participants=(1, 3), persons=(1, 3)), False),
        (h(participants=(1, 2, 5)), h(participants=(1,), persons=(1,)), True),
        (h(participants=(7, 2), persons=()), h(participants=(7,), persons=()), False),
        (h(type="conference", name="Ocean Forum"), h(type="conference", name="Water Summit"), False),
        (h(type="conference", name="Ocean Forum 2023"), h(type="conference", name="Ocean Forum"), True),
    ],
)
def test_same_happening(a, b, same):
    assert same_happening(a, b) is same
    assert same_happening(b, a) is same


def test_more_precise():
    assert more_precise("--03-08", "2023-03") == "2023-03"
    assert more_precise("2023-03", "2023-03-08") == "2023-03-08"
    assert more_precise(None, "2023") == "2023"


def test_agreeing_dates_cover_every_agreeing_form():
    from chancery.store.happenings import agreeing_dates

    forms = agreeing_dates(["2023-03-08", "--07-25", "2024-11", None, "2019"])
    assert forms["day"] == {"2023-03-08"}
    assert forms["exact"] >= {"2023-03", "--03", "--03-08", "--07", "--07-25", "2024-11", "--11"}
    assert forms["month"] == {"2024-11"}
    assert forms["yearless_day"] == {"-07-25"}
