"""Synthetic press releases for benchmarks: short English pages, written from
templates over invented people and organizations (plus a few real bodies),
so that a benchmark can build a KB of any size without third-party text."""

from __future__ import annotations

import random

ORGS = ["UNESCO", "Korean National Commission for UNESCO", "Baltic Heritage Council", "Pacific Ocean Foundation",
        "Northern Water Research Centre", "Lake Region Water Agency", "National Hydrology Institute",
        "Island Culture Centre", "Andean Music Archive", "Coastal Cities Network", "Sahel Education Fund",
        "Alpine Forestry Institute", "Danube River Commission", "Global Literacy Alliance", "Desert Botany Society"]
COUNTRIES = ["Portugal", "Kenya", "Chile", "Norway", "Viet Nam", "Ghana", "Peru", "Mongolia", "Jordan", "Fiji",
             "Republic of Korea", "France", "Japan", "Brazil", "Egypt"]
GIVEN = ["Ana", "Kenji", "Maria", "Tomas", "Lena", "Omar", "Priya", "Jonas", "Aiko", "Rafael", "Nadia", "Ivan",
         "Sofia", "Tariq", "Elena", "Marco", "Yuki", "Amara", "Felix", "Ingrid"]
FAMILY = ["Costa", "Sato", "Lopez", "Berg", "Novak", "Haddad", "Rao", "Lind", "Mori", "Silva", "Petrov", "Okafor",
          "Weiss", "Moreau", "Kato", "Duarte", "Nilsen", "Farah", "Tanaka", "Quispe"]
TITLES = ["Minister of Culture", "Foreign Minister", "Director-General", "President", "Secretary-General",
          "Ambassador", "Vice Minister of Education"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CITIES = ["Paris", "Seoul", "Lisbon", "Nairobi", "Lima", "Oslo", "Hanoi", "Accra", "Amman", "Suva"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def press_release(rng: random.Random, n: int) -> tuple[str, str]:
    """(title, text) of one invented press release with four events."""
    year = rng.randint(2012, 2026)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    a, b = person(rng), person(rng)
    org1, org2 = rng.sample(ORGS, 2)
    country = rng.choice(COUNTRIES)
    city = rng.choice(CITIES)
    t1, t2 = rng.choice(TITLES), rng.choice(TITLES)
    date = f"{day} {MONTHS[month - 1]} {year}"
    title = f"{t1} {a.split()[1]} Meets {org2} Delegation ({n})"
    body = [
        title,
        f"{t1} {a} of {country} met with {t2} {b} of the {org2} in {city} on {date} to discuss cooperation on heritage and education.",
        f"The {org1} and the {org2} signed a memorandum of understanding on {date} in {city}.",
        f"{country} will contribute {rng.randint(1, 9)} million dollars to the {org2} over the next three years.",
        f"The {org1} will host the {rng.choice(['Regional', 'International', 'Global'])} Forum on {rng.choice(['Water', 'Literacy', 'Heritage', 'Oceans'])} in {rng.choice(CITIES)} in {MONTHS[rng.randint(0, 11)]} {year + 1}.",
        f"Reference number {n}-{rng.randint(1000, 9999)}.",
    ]
    return title, "\n\n".join(body)


KO_ORGS = ["유네스코", "유네스코한국위원회", "외교부", "교육부", "한국국제협력단", "국립문화재연구원", "세계유산센터"]
KO_CITIES = ["서울", "파리", "부산", "제주", "방콕", "나이로비"]


def korean_release(rng: random.Random, n: int) -> tuple[str, str]:
    """(title, text) of one invented Korean press release."""
    a, b = rng.sample(KO_ORGS, 2)
    city = rng.choice(KO_CITIES)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    title = f"{a}, {b}와 교육 협력 강화 ({n})"
    body = [
        title,
        f"{a}는 {month}월 {day}일 {city}에서 {b}와 업무협약을 체결했다고 밝혔다.",
        f"양 기관은 이번 협약을 통해 세계시민교육과 문화유산 보호 분야의 협력을 확대하기로 했다.",
        f"{a} 관계자는 내년에 공동 워크숍을 개최할 예정이라고 말했다.",
    ]
    return title, "\n\n".join(body)


def html_page(title: str, text: str, lang: str = "en") -> str:
    """A press release inside a page with the usual furniture around it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a></nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article>"
            "<footer><p>Share</p><p>Print</p><p>© Example Ministry. All rights reserved.</p></footer></body></html>")
