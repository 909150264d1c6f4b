import pytest

from chancery.ingest.decode import DecodeError, decode

KOREAN = "외교부 장관은 유네스코 사무총장을 면담하고 교육 협력 방안을 논의했다. 양측은 협력을 확대하기로 했다."


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Plain ASCII press release.".encode(), "Plain ASCII press release."),
        ("Café résumé – “quoted”".encode("utf-8"), "Café résumé – “quoted”"),
        ("\ufeffBOM then text".encode("utf-8"), "BOM then text"),
        ("UTF-16 with a BOM: 유네스코".encode("utf-16"), "UTF-16 with a BOM: 유네스코"),
        ("UTF-16 big-endian: 장관".encode("utf-16-be").join([b"\xfe\xff", b""]), "UTF-16 big-endian: 장관"),
        (KOREAN.encode("euc-kr"), KOREAN),
        (KOREAN.encode("cp949"), KOREAN),
    ],
)
def test_decodes_charsets(data, expected):
    text, _ = decode(data)
    assert text == expected


def test_declared_charset_of_html_is_used():
    html = '<html><head><meta charset="euc-kr"></head><body>' + KOREAN + "</body></html>"
    text, charset = decode(html.encode("cp949"))
    assert KOREAN in text
    assert charset == "cp949"


def test_transport_charset_wins_over_guessing():
    text, charset = decode("Président".encode("latin-1"), declared="iso-8859-1")
    assert text == "Président"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG"),
        (b"%PDF-1.7\n" + bytes(10), "PDF"),
        (b"text\x00with\x00nul\x00bytes" * 10, "NUL"),
        ("Déjà vu in the café".encode() + b" \xff\xfe broken", "invalid UTF-8 at byte"),
    ],
)
def test_refuses_binary_and_broken_text(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode(data)
