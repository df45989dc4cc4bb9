"""Reading inputs: every encoding a historian's file may come in decodes to the same text."""
import codecs

import pytest

from annalist.errors import InputError
from annalist.io import decode, expand_paths, read_document

TEXT = ("Летом 1916 года в Джизаке вспыхнуло восстание; «по старому стилю» — 13 июля. "
        "Ёлки, щёки и ъ — редкие буквы тоже на месте.\n")

ENCODINGS = [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("cp1251", TEXT.encode("cp1251")),
    ("koi8-r", TEXT.replace("—", "-").replace("«", '"').replace("»", '"').encode("koi8_r")),
    ("utf-16 (BOM, little-endian)", TEXT.encode("utf-16")),
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ("cp866", TEXT.replace("—", "-").replace("«", '"').replace("»", '"').encode("cp866")),
]


@pytest.mark.parametrize("name,data", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_decodes_each_encoding(name, data, tmp_path):
    expected = TEXT if name not in ("koi8-r", "cp866") else \
        TEXT.replace("—", "-").replace("«", '"').replace("»", '"')
    path = tmp_path / "text.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.text == expected
    assert doc.title == "text.txt"


def test_short_koi8_text_is_not_mistaken_for_another_script():
    assert decode("Восстание".encode("koi8_r"))[0] == "Восстание"


def test_binary_file_is_refused_with_its_name(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(InputError, match="scan.png"):
        read_document(path)


def test_empty_file_is_an_empty_document(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_document(path).text == ""


def test_missing_path_is_named():
    with pytest.raises(InputError, match="nowhere.txt"):
        list(expand_paths(["nowhere.txt"]))


def test_directories_expand_recursively_to_text_and_markdown(tmp_path):
    (tmp_path / "a").mkdir()
    for name in ["a/one.txt", "two.md", "three.pdf", "a/four.TXT"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = sorted(p.replace(str(tmp_path) + "/", "") for p in expand_paths([str(tmp_path)]))
    assert found == ["a/four.TXT", "a/one.txt", "two.md"]


def test_same_text_in_two_encodings_is_the_same_document(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT.encode("cp1251"))
    (tmp_path / "b.txt").write_bytes(TEXT.encode("utf-8"))
    assert read_document(tmp_path / "a.txt").id == read_document(tmp_path / "b.txt").id
