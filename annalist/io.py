"""Reading inputs: paths and directories to documents, with the text decoded correctly.

Historians' files come in the encodings of their time (cp1251, koi8-r, UTF-16 from Word), so
bytes are decoded by BOM, then strict UTF-8, then charset-normalizer restricted to the
encodings such files really use (unrestricted, it reads short koi8-r text as Shift-JIS).
Offsets everywhere index the decoded text, so decoding happens once, here.
"""
from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError
from .model import Document

SUFFIXES = (".txt", ".md")
CANDIDATE_ENCODINGS = ["utf_8", "utf_16", "utf_16_le", "utf_16_be", "cp1251", "koi8_r", "cp866",
                       "mac_cyrillic", "iso8859_5", "cp1252"]
_BOMS = [(codecs.BOM_UTF8, "utf_8_sig"), (codecs.BOM_UTF32_LE, "utf_32"), (codecs.BOM_UTF32_BE, "utf_32"),
         (codecs.BOM_UTF16_LE, "utf_16"), (codecs.BOM_UTF16_BE, "utf_16")]
_ALLOWED_CONTROLS = set("\n\r\t\f\v")


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Bytes → (text, encoding). Raises InputError for binary or undecodable data."""
    if not data:
        return "", "utf_8"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding), encoding, name)
    try:
        return _checked(data.decode("utf_8"), "utf_8", name)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise InputError(f"{name}: not text in any supported encoding "
                         f"({', '.join(CANDIDATE_ENCODINGS)}); is it a binary file?")
    return _checked(str(best), best.encoding, name)


def _checked(text: str, encoding: str, name: str) -> tuple[str, str]:
    sample = text[:100_000]
    controls = sum(1 for c in sample if c < " " and c not in _ALLOWED_CONTROLS)
    if "\x00" in sample or controls > max(2, len(sample) // 100):
        raise InputError(f"{name}: looks like a binary file ({controls} control characters), skipped")
    return text, encoding


def read_document(path: str | Path, title: str | None = None) -> Document:
    """Read one file (or ``-`` for standard input) into a Document with its text decoded."""
    if str(path) == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        path = Path(path)
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
        name = str(path)
    text, encoding = decode(data, name)
    doc = Document.from_text(text, title=title or (Path(name).name if name != "<stdin>" else "stdin"))
    doc.metadata.update(source=name, encoding=encoding)
    return doc


def expand_paths(paths: list[str]) -> Iterator[str]:
    """Files, directories (recursively, *.txt and *.md, in name order) and ``-`` → input names.

    Raises InputError naming the first path that does not exist, before anything is read.
    """
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        raise InputError(f"no such file or directory: {', '.join(missing)}")
    for p in paths:
        if p != "-" and Path(p).is_dir():
            yield from (str(f) for f in sorted(Path(p).rglob("*")) if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p
