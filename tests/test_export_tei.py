"""TEI P5 export: well-formed, only real TEI elements, text preserved, crossing spans dropped safely."""
from __future__ import annotations

import re

import pytest
from lxml import etree

from annalist.export import EXPORTERS
from annalist.export.tei import ELEMENTS, TEI_NS
from annalist.export.tei_inline import InlineSpan, nest_spans, paragraphs

try:
    from test_export_fixtures import bundles
except ImportError:  # tests/ imported as a package
    from tests.test_export_fixtures import bundles

NS = {"t": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# Real TEI P5 element names (from the P5 Guidelines' element catalogue; a broad subset).
REAL_TEI_ELEMENTS = set("""
TEI teiCorpus teiHeader fileDesc titleStmt title author editor respStmt resp name publicationStmt
publisher distributor authority pubPlace availability licence idno sourceDesc bibl biblStruct biblFull
listBibl msDesc encodingDesc projectDesc samplingDecl editorialDecl tagsDecl classDecl refsDecl
profileDesc langUsage language calendarDesc calendar textClass keywords term particDesc settingDesc
revisionDesc change text front body back div div1 div2 head p ab lb pb cb milestone hi emph foreign
q quote said cit seg s w pc date time num measure name rs persName orgName placeName geogName
roleName forename surname addName settlement region country district bloc geogFeat standOff
listEvent event eventName listPlace place location geo listPerson person personGrp listOrg org
listRelation relation label desc note noteGrp ptr ref link linkGrp span spanGrp certainty precision
listAnnotation annotation list item table row cell figure graphic gap unclear sic corr choice abbr
expan orig reg add del lg l sp speaker stage trailer epigraph opener closer salute signed dateline
""".split())


def tei(selection=None) -> str:
    return EXPORTERS["tei"].render(bundles() if selection is None else selection)


def parse(xml: str) -> etree._Element:
    return etree.fromstring(xml.encode("utf-8"))


def local_names(root: etree._Element) -> set[str]:
    return {etree.QName(el).localname for el in root.iter() if isinstance(el.tag, str)}


def test_elements_used_are_real_tei():
    assert set(ELEMENTS) <= REAL_TEI_ELEMENTS, set(ELEMENTS) - REAL_TEI_ELEMENTS


@pytest.mark.parametrize("count", [1, 2])
def test_output_is_well_formed_and_uses_only_declared_tei_elements(count):
    root = parse(tei(bundles()[:count]))
    assert etree.QName(root).localname == ("TEI" if count == 1 else "teiCorpus")
    assert all(etree.QName(el).namespace == TEI_NS for el in root.iter() if isinstance(el.tag, str))
    assert local_names(root) <= set(ELEMENTS)


def test_header_and_stand_off():
    root = parse(tei(bundles()[:1]))
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == "Хроника «Кестельна» & <окрестности>"
    assert root.find(".//t:publicationStmt/t:p", NS) is not None
    assert root.findtext(".//t:sourceDesc/t:bibl/t:author", namespaces=NS) == "тестовый автор"
    events = root.findall(".//t:standOff/t:listEvent/t:event", NS)
    assert [e.get("type") for e in events] == [e["type"] for e in bundles()[0]["events"]]
    by_type = {e.get("type"): e for e in events}
    assert by_type["attack"].get("when") == "1920-03-14"
    assert by_type["uprising"].get("when") == "1918"
    assert (by_type["battle"].get("notBefore"), by_type["battle"].get("notAfter")) == ("1920-04-01", "1920-04-05")
    assert (by_type["treaty"].get("notBefore"), by_type["treaty"].get("when")) == ("1922-06-01", None)  # a season
    assert by_type["flight"].get("when") is None and by_type["flight"].get("notBefore") is None
    assert by_type["treaty"].get("where") is None
    place_ids = {p.get(XML_ID) for p in root.findall(".//t:listPlace/t:place", NS)}
    assert by_type["attack"].get("where").lstrip("#") in place_ids
    assert by_type["execution"].findtext("t:note[@type='assertion']", namespaces=NS) == "reported (по слухам)"
    assert by_type["attack"].findtext("t:desc", namespaces=NS) == bundles()[0]["events"][1]["evidence"]["text"]
    kesteln = root.find(".//t:listPlace/t:place[@type='settlement']", NS)
    assert kesteln.findtext("t:location/t:geo", namespaces=NS) == "46.5012 14.2048"


def test_every_pointer_resolves_to_an_xml_id():
    for count in (1, 2):
        root = parse(tei(bundles()[:count]))
        ids = [el.get(XML_ID) for el in root.iter() if el.get(XML_ID)]
        assert len(ids) == len(set(ids))
        pointers = [p for el in root.iter() for a in ("ref", "where", "datingMethod")
                    for p in (el.get(a) or "").split()]
        assert pointers and all(p.startswith("#") and p[1:] in ids for p in pointers)


def test_paragraph_text_is_the_document_text():
    document = bundles()[0]["document"]
    root = parse(tei(bundles()[:1]))
    ps = root.findall(".//t:body/t:p", NS)
    assert ["".join(p.itertext()) for p in ps] == [document["text"][a:b] for a, b in paragraphs(document["text"])]


def test_inline_markup_sits_on_the_right_words():
    root = parse(tei(bundles()[:1]))
    body = root.find(".//t:body", NS)
    dates = {"".join(d.itertext()): d for d in body.iter(f"{{{TEI_NS}}}date")}
    assert dates["14 марта 1920 года"].get("when") == "1920-03-14"
    assert dates["Летом 1922 года"].get("when-custom") == "1922-22"
    assert dates["Позже"].get("cert") == "low" and dates["Позже"].get("when") is None
    places = ["".join(p.itertext()) for p in body.iter(f"{{{TEI_NS}}}placeName")]
    assert places == ["Кестельне", "Кестельн", "Вельны", "Дубраве", "Кестельн"]
    assert [o.text for o in body.iter(f"{{{TEI_NS}}}orgName")] == \
        ["крестьян", "гарнизона", 'отряды "Вольного корпуса"', "их союзники", "войска республики"]
    assert body.find(".//t:rs[@type='event']", NS).text == "восстание"
    assert [p.text for p in parse(tei(bundles()[1:])).iter(f"{{{TEI_NS}}}persName")] == ["Цезаря"]


def test_script_in_the_text_stays_text():
    xml = tei(bundles()[:1])
    assert "<script>" not in xml and "&lt;script&gt;" in xml
    assert not parse(xml).xpath("//*[local-name()='script']")


def _span(start, end, priority=0, tag="rs"):
    return InlineSpan(start, -end, priority, tag)


@pytest.mark.parametrize("spans, kept", [
    ([(0, 5), (6, 9)], [(0, 5), (6, 9)]),                     # side by side
    ([(0, 9), (2, 4)], [(0, 9), (2, 4)]),                     # nested
    ([(0, 5), (3, 8)], [(0, 5)]),                             # crossing: the later one goes
    ([(3, 8), (0, 5)], [(0, 5)]),                             # order of input does not matter
    ([(0, 5), (0, 5)], [(0, 5)]),                             # the same span twice
    ([(0, 9), (1, 4), (3, 6)], [(0, 9), (1, 4)]),             # crossing inside a parent
    ([(2, 2), (5, 30)], []),                                  # empty, or outside the paragraph
])
def test_nest_spans(spans, kept):
    result = nest_spans([_span(a, b) for a, b in spans], 0, 20)
    assert [(s.start, s.end) for s in result] == kept


def test_crossing_and_broken_spans_in_a_bundle_never_break_the_xml():
    bundle = bundles()[0]
    text = bundle["document"]["text"]
    start = text.index("Вельны")
    bundle["places"].append({**bundle["places"][2], "start": start - 5, "end": start + 3,
                             "text": text[start - 5:start + 3]})          # crosses "Вельны"
    bundle["places"].append({**bundle["places"][2], "start": start, "end": start + 6, "text": "wrong"})
    bundle["dates"].append({**bundle["dates"][0], "start": 0, "end": len(text), "text": text})  # spans paragraphs
    root = parse(EXPORTERS["tei"].render([bundle]))
    assert ["".join(p.itertext()) for p in root.findall(".//t:body/t:p", NS)] == \
        [text[a:b] for a, b in paragraphs(text)]


def test_characters_xml_cannot_hold_are_replaced_one_for_one():
    bundle = bundles()[1]
    text = bundle["document"]["text"].replace("Рим жил", "Рим\x07жил")
    bundle["document"]["text"] = text
    root = parse(EXPORTERS["tei"].render([bundle]))
    body_text = "".join(root.find(".//t:body/t:p", NS).itertext())
    assert len(body_text) == len(text) and "\ufffd" in body_text


@pytest.mark.parametrize("text, expected", [
    ("один", [(0, 4)]),
    ("один\n\nдва", [(0, 4), (6, 9)]),
    ("  один \n \n\n два\n", [(2, 6), (12, 15)]),
    ("строка\nещё", [(0, 10)]),
    ("", []),
])
def test_paragraphs(text, expected):
    assert paragraphs(text) == expected


def test_corpus_prefixes_ids_per_document():
    xml = tei()
    assert re.search(r'xml:id="d1_ev_', xml) and re.search(r'xml:id="d2_pl_', xml)


def test_a_nationality_is_a_typed_place_name():
    selection = bundles()
    mention = next(m for b in selection for m in b["places"])
    mention["sense"] = "nationality"
    names = parse(tei(selection)).findall(".//t:body//t:placeName", NS)
    assert [n.text for n in names if n.get("type") == "nationality"] == [mention["text"]]
