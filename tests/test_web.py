"""The web app in-process (httpx.ASGITransport over a real SQLite store): pages, their JSON twins,
errors, security headers, escaping. Browser behaviour is in test_browser.py."""
from __future__ import annotations

import asyncio

import httpx
import pytest

from annalist.store import Store
from annalist.web import sample
from annalist.web.app import create_app


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.db"
    sample.fill(path)
    opened = Store(path)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def get(store):
    app = create_app(store)

    def fetch(path: str, method: str = "GET") -> httpx.Response:
        async def run():
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8000") as client:
                return await client.request(method, path)
        return asyncio.run(run())
    return fetch


@pytest.fixture(scope="module")
def volga_id():
    return sample.volga().id


@pytest.fixture(scope="module")
def hostile_id():
    return sample.hostile().id


def test_overview_page_and_twin(get):
    data = get("/api/overview").json()
    assert data["stats"]["documents"] == 2 and data["stats"]["events"] == 6
    assert {d["title"] for d in data["documents"]} == {"Волга, 1918 (образец)", "<script>alert('title')</script>"}
    assert [b["from"] for b in data["years"]["bins"]] == [1918, 1919] and data["years"]["later"] == 1
    page = get("/")
    assert page.status_code == 200 and "Волга, 1918 (образец)" in page.text


def test_every_page_has_a_json_twin(get, volga_id):
    event_id = get(f"/api/documents/{volga_id}").json()["events"][0]["id"]
    for page, api in [("/", "/api/overview"), (f"/documents/{volga_id}", f"/api/documents/{volga_id}"),
                      ("/events", "/api/events"), (f"/events/{event_id}", f"/api/events/{event_id}"),
                      ("/timeline", "/api/timeline"), ("/map", "/api/map"),
                      ("/places/sample:kazan", "/api/places/sample:kazan")]:
        html, twin = get(page), get(api)
        assert html.status_code == twin.status_code == 200, page
        assert html.headers["content-type"].startswith("text/html")
        assert twin.headers["content-type"] == "application/json"
        assert f'href="{api}"' in html.text, f"{page} does not link its twin"


def test_document_text_is_highlighted_with_offsets_kept(get, volga_id):
    data = get(f"/api/documents/{volga_id}").json()
    text = data["document"]["text"]
    for event in data["events"]:
        assert text[event["evidence"]["start"]:event["evidence"]["end"]] == event["evidence"]["text"]
    page = get(f"/documents/{volga_id}").text
    trigger = data["events"][1]
    assert f'data-trigger="{trigger["id"]}"' in page
    assert '>Казань</span>' in page


def test_document_view_lists_other_mentions_of_the_same_place_and_event(get, volga_id):
    data = get(f"/api/documents/{volga_id}").json()
    kazan = [p for p in data["places"] if p["place_id"] == "sample:kazan"]
    assert [p["text"] for p in kazan] == ["Казань", "Казани"]
    place = get("/api/places/sample:kazan").json()
    assert place["place"]["mentions"] == 2 and len(place["events"]) == 2
    assert [m["text"] for m in place["mentions"]] == ["Казань", "Казани"]


@pytest.mark.parametrize("query, expected", [
    ("", 6),
    ("type=capture", 1),
    ("type=uprising", 2),
    ("assertion=reported", 1),
    ("place=Казань", 2),
    ("place=sample:kazan", 2),
    ("actor=Красная", 1),
    ("date_from=1919", 2),            # the battle of summer 1919 and the 1920 uprising
    ("date_to=1918-08", 2),           # May and 7 August 1918
    ("date_from=1918-09&date_to=1918-09", 2),
    ("type=capture&place=Уфа", 0),
])
def test_events_filters(get, query, expected):
    data = get(f"/api/events?{query}").json()
    assert data["total"] == expected and len(data["events"]) == expected


def test_events_filter_by_document(get, hostile_id):
    data = get(f"/api/events?document={hostile_id}").json()
    assert data["total"] == 1 and data["events"][0]["document"] == hostile_id


def test_events_sort_and_paginate(get):
    by_date = get("/api/events?order=date").json()["events"]
    starts = [e["date"]["start"] for e in by_date]
    assert starts == sorted(starts)
    latest = get("/api/events?order=-date").json()["events"]
    assert latest[0]["date"]["start"] == "1920-01-01"
    pages = [get(f"/api/events?order=date&per_page=4&page={n}").json() for n in (1, 2)]
    assert [p["pages"] for p in pages] == [2, 2]
    assert [e["id"] for p in pages for e in p["events"]] == [e["id"] for e in by_date]
    html = get("/events?order=date&per_page=4").text
    assert 'rel="next"' in html and "page 1 of 2" in html


@pytest.mark.parametrize("path, status", [
    ("/api/documents/nope", 404),
    ("/api/events/nope", 404),
    ("/api/places/nowhere", 404),
    ("/api/events?page=0", 400),
    ("/api/events?page=x", 400),
    ("/api/events?order=sideways", 400),
    ("/api/events?type=picnic", 400),
    ("/api/events?date_to=1918-13", 400),
    ("/api/nothing-here", 404),
])
def test_errors_are_a_constant_json_envelope(get, path, status):
    response = get(path)
    assert response.status_code == status
    body = response.json()
    assert body["ok"] is False and body["status"] == status and body["error"]


def test_html_errors_are_pages(get):
    response = get("/documents/nope")
    assert response.status_code == 404 and "no document" in response.text and "<html" in response.text


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_nothing_writes(get, method, volga_id):
    for path in ("/api/events", f"/api/documents/{volga_id}", "/events"):
        assert get(path, method).status_code == 405


def test_security_headers_on_pages_and_errors(get):
    for path in ("/", "/api/events", "/api/documents/nope", "/static/annalist.css"):
        headers = get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_hostile_text_is_escaped_everywhere(get, hostile_id):
    pages = [get(p).text for p in ("/", "/events", f"/documents/{hostile_id}", "/places/sample:baku")]
    for html in pages:
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "<b onmouseover" not in html
    document = pages[2]
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in document or "&lt;script&gt;alert('x')&lt;/script&gt;" in document
    # the JSON island cannot be closed early by the data it carries
    island = document.split('id="annalist-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in island and "\\u003cscript\\u003e" in island


def test_no_third_party_files_from_elsewhere(get):
    html = get("/map").text
    assert 'src="/vendor/leaflet/leaflet.js"' in html
    assert "https://" not in html.split("<main>", 1)[0]
    assert get("/vendor/leaflet/leaflet.js").status_code == 200
    assert get("/vendor/markercluster/leaflet.markercluster.js").status_code == 200
    for name in ("annalist.js", "annalist.timeline.js", "annalist.map.js", "annalist.css"):
        assert get(f"/static/{name}").status_code == 200


def test_timeline_marks_exact_approximate_and_inferred(get):
    items = {i["type"]: i for i in get("/api/timeline").json()["items"]}
    assert items["capture"]["quality"] == "exact"
    assert items["battle"]["quality"] == "approximate"
    assert items["recapture"]["quality"] == "approximate"     # "через месяц": counted, to the month
    assert items["execution"]["quality"] == "inferred"       # "тогда же": carried over from context
    assert items["battle"]["start"] == "1919-06-01" and items["battle"]["end"] == "1919-08-31"


def test_openapi_describes_every_api_route(get):
    spec = get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path in ("/api/overview", "/api/events", "/api/events/{event_id}", "/api/documents/{document_id}",
                 "/api/timeline", "/api/map", "/api/places/{place_id}"):
        assert "get" in spec["paths"][path]
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "date_from", "date_to", "place", "actor", "document", "assertion", "order", "page"} <= names


def test_outlines_are_geojson(get):
    data = get("/api/outlines.geojson").json()
    assert data["type"] == "FeatureCollection"
    if not data["features"]:
        pytest.skip(data.get("note", "world-atlas not installed"))
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"Azerbaijan", "Russia", "Georgia"} <= names


@pytest.mark.parametrize("years, core", [
    ([(1918, 5)], (1918, 1918)),
    ([(-64, 2), (1229, 1), (1918, 30), (1919, 20), (1920, 10)], (1918, 1920)),
    ([(1900, 1), (1950, 1), (2000, 1)], (1900, 2000)),
])
def test_core_years(years, core):
    from annalist.web.views import core_years

    assert core_years([{"year": y, "events": n} for y, n in years]) == core


def test_histogram_counts_what_it_does_not_draw():
    from annalist.web.views import histogram

    h = histogram([{"year": y, "events": n} for y, n in [(-64, 2), (1918, 30), (1919, 20), (1920, 10), (1990, 1)]])
    assert h["unit"] == "year" and h["earlier"] == 2 and h["later"] == 1
    assert [(b["from"], b["events"]) for b in h["bins"]] == [(1918, 30), (1919, 20), (1920, 10)]


@pytest.mark.parametrize("order", ["document", "date", "-date", "type", "place"])
@pytest.mark.parametrize("filters", [{}, {"place": "Казань"}, {"date_from": "1918-06-01"}])
def test_a_page_of_events_is_that_slice_of_all_of_them(store, order, filters):
    everything = [e["id"] for e in store.events(order=order, **filters)]
    assert everything
    for offset in (0, 2, 5):
        page = [e["id"] for e in store.events(limit=2, offset=offset, order=order, **filters)]
        assert page == everything[offset:offset + 2]


def test_api_event_records_follow_the_contract(get, volga_id):
    import jsonschema

    from annalist.schema import event_schema

    validator = jsonschema.Draft202012Validator(event_schema())
    records = get("/api/events").json()["events"] + get(f"/api/documents/{volga_id}").json()["events"]
    assert len(records) == 11
    for record in records:
        validator.validate(record)


def test_requests_for_other_hosts_are_refused(store):
    """DNS rebinding: a page on evil.example resolved to 127.0.0.1 must not read the database."""
    app = create_app(store)

    async def run(host):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=f"http://{host}") as client:
            return await client.get("/api/overview")
    assert asyncio.run(run("evil.example:8000")).status_code == 400
    assert asyncio.run(run("localhost:8000")).status_code == 200


def test_an_empty_database_renders_every_page(tmp_path):
    empty = Store(tmp_path / "empty.db")
    app = create_app(empty)

    async def run():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
            return [await client.get(p) for p in ("/", "/events", "/timeline", "/map", "/api/overview")]
    responses = asyncio.run(run())
    assert [r.status_code for r in responses] == [200] * 5
    assert "holds no documents yet" in responses[0].text
    empty.close()


def test_error_pages_escape_what_was_asked_for(get):
    response = get("/documents/%3Cimg%20src=x%20onerror=alert(1)%3E")
    assert response.status_code == 404
    assert "<img" not in response.text and "&lt;img src=x onerror=alert(1)&gt;" in response.text
