import os

import pytest

from newsfuse.ingest.decode import decode, looks_binary
from newsfuse.model import InputRejected

from .conftest import read_all

FRENCH = "Le président a déclaré mercredi que l'économie française était « forte », naïvement.\n"
GERMAN = "Die Straße in Zürich wurde für den Fußballverkehr gesperrt, sagte die Behörde.\n"


@pytest.mark.parametrize(
    "text, encoding",
    [
        (FRENCH * 3, "cp1252"),
        (FRENCH.replace("«", '"').replace("»", '"') * 3, "latin-1"),
        (GERMAN * 3, "latin-1"),
        ("Café au lait, naïve résumé — “quoted” text.\n" * 3, "cp1252"),
        ("Москва является столицей России и крупнейшим городом страны.\n" * 2, "cp1251"),
        ("日本語のテキストです。これは日本語の文章です。東京は日本の首都です。\n" * 2, "shift_jis"),
        ("Prezydent powiedział w środę, że gospodarka jest silna. Zażółć gęślą jaźń.\n" * 2, "cp1250"),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.\n" * 2, "cp1253"),
        (FRENCH, "utf-16"),
        (FRENCH, "utf-8-sig"),
    ],
)
def test_legacy_encodings_read_right(write, text, encoding):
    [article] = read_all([write("legacy.txt", text.encode(encoding))])
    assert article.text == (" " + text if encoding == "utf-8-sig" else text)  # a UTF-8 BOM keeps its place


def test_non_utf8_records_its_encoding(write):
    [article] = read_all([write("l1.txt", (GERMAN * 2).encode("latin-1"))])
    assert article.extra["encoding"] in ("cp1252", "cp1250", "iso8859_1", "latin_1")


def test_random_high_bytes_are_undecodable():
    garbage = bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x90, 0x28, 0xBC, 0xFF, 0xFE, 0x80]) * 10
    with pytest.raises(InputRejected) as caught:
        decode(garbage, "g.txt")
    assert caught.value.rejection.reason == "decode"


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty"),
        (b" \n\t\r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary"),
        (bytes(range(1, 9)) * 20, "binary"),
    ],
)
def test_empty_and_binary(write, raw, reason):
    [rejection] = read_all([write("x.txt", raw)])
    assert rejection.reason == reason


def test_bom_only_is_empty(write):
    [rejection] = read_all([write("bom.txt", b"\xef\xbb\xbf\n")])
    assert rejection.reason == "empty"


def test_looks_binary_spares_text_and_bom_files():
    assert not looks_binary("A normal line.\n\tTabbed.\f".encode())
    assert not looks_binary("Text".encode("utf-16"))
    assert looks_binary(os.urandom(64) + b"\x00")


def test_a_stray_nul_byte_is_a_space_not_a_binary_file(write):
    text = "Rescue teams reached the flooded village on Sunday. Some 300 residents were evacuated.\n" * 40
    raw = text.encode()
    raw = raw[:500] + b"\x00" + raw[501:]
    [article] = read_all([write("nul.txt", raw)])
    assert "\x00" not in article.text and article.text[500] == " "  # one character for one


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read_by_where_its_nuls_fall(write, encoding):
    text = "Le président a déclaré mercredi que l'économie était forte. Les marchés ont réagi.\n" * 10
    [article] = read_all([write("wide.txt", text.encode(encoding))])
    assert article.text.startswith("Le président a déclaré") and article.extra["encoding"] == encoding
    [record] = read_all([write("wide.jsonl", ('{"id": "w", "text": "Un récit. Deux phrases."}\n').encode(encoding))])
    assert record.text == "Un récit. Deux phrases."


def test_alternating_nul_and_high_bytes_are_binary_not_utf16():
    assert looks_binary(b"\x00\xff" * 50) and looks_binary(b"\xff\x00" * 50)
