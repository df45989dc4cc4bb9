"""Server-side highlighting: text + overlapping spans → flat, escaped markup (table of cases)."""
from __future__ import annotations

import re

import pytest

from annalist.web.highlight import Annotation, render


def A(kind, start, end, key="k"):
    return Annotation(kind, start, end, key)


@pytest.mark.parametrize("text, spans, expected", [
    ("no marks", [], "no marks"),
    ("взяли Казань", [A("place", 6, 12, "kazan")],
     'взяли <span class="a k-place first" data-place="kazan" tabindex="0" role="button">Казань</span>'),
    # evidence alone is not a button: it lights up only when its event is chosen
    ("ab", [A("evidence", 0, 2, "e1")], '<span class="a k-evidence" data-evidence="e1">ab</span>'),
    # an overlap is cut into flat segments, each listing every span covering it
    ("abcd", [A("date", 0, 3, "d"), A("place", 2, 4, "p")],
     '<span class="a k-date first" data-date="d" tabindex="0" role="button">ab</span>'
     '<span class="a k-place k-date first" data-date="d" data-place="p" tabindex="0" role="button">c</span>'
     '<span class="a k-place" data-place="p" tabindex="0" role="button">d</span>'),
    # markup in the text and in keys is escaped, piece by piece
    ("<b>&", [A("actor", 0, 3, 'x"y')],
     '<span class="a k-actor first" data-actor="x&quot;y" tabindex="0" role="button">&lt;b&gt;</span>&amp;'),
    # spans outside the text or empty are dropped rather than breaking the page
    ("abc", [A("place", 2, 9), A("date", 1, 1)], "abc"),
])
def test_render(text, spans, expected):
    assert render(text, spans) == expected


@pytest.mark.parametrize("text", ["Ёлка 😀 и «Шуша»", "a\u0301b c", "𝔘 x"])
def test_offsets_are_code_points_even_beyond_the_bmp(text):
    # The visible text is unchanged, whatever the spans, and each span wraps exactly its code points.
    spans = [A("place", i, i + 1, str(i)) for i in range(len(text))]
    html = render(text, spans)
    assert re.sub(r"<[^>]+>", "", html) == text.replace("&", "&amp;")
    pieces = re.findall(r'data-place="(\d+)"[^>]*>([^<]*)<', html)
    assert [(int(k), v) for k, v in pieces] == [(i, ch) for i, ch in enumerate(text)]
