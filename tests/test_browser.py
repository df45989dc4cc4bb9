"""The web app and the report in real headless Chromium (Debian's /usr/bin/chromium via Playwright),
against a real uvicorn server on loopback and a real SQLite store."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent (CI installs it with apt-get install chromium)", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

import uvicorn  # noqa: E402

from annalist.store import Store  # noqa: E402
from annalist.web import outlines, sample  # noqa: E402
from annalist.web.app import create_app  # noqa: E402
from annalist.web.report import build_report  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "web.db"
    sample.fill(path)
    store = Store(path)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    instance = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not instance.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(5)
    store.close()


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page that records script errors, CSP violations and any dialog (an XSS would open one)."""
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    # No network beyond loopback: map tiles fail fast and the country outlines must carry the map.
    context.route("https://**/*", lambda route: route.abort())
    tab = context.new_page()
    tab.problems = []
    tab.on("pageerror", lambda exc: tab.problems.append(f"script error: {exc}"))
    tab.on("console", lambda msg: tab.problems.append(msg.text) if "Content Security Policy" in msg.text else None)
    tab.on("dialog", lambda dialog: (tab.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield tab
    context.close()


def test_click_an_event_shows_it_on_text_timeline_and_map(server, page):
    doc = sample.volga()
    capture = next(e for e in doc.events if e.type == "capture")
    page.goto(f"{server}/documents/{doc.id}")
    page.click(f'.text [data-trigger="{capture.id}"]')
    assert page.locator(f'.text .sel[data-trigger="{capture.id}"]').count() == 1
    assert page.locator(".text .ev-sel").first.text_content()
    evidence = "".join(page.locator(".text .ev-sel").all_text_contents())
    assert evidence == capture.evidence.text
    record = page.locator(".record")
    assert "capture «взяли»" in record.locator("h2").text_content()
    assert capture.evidence.text in record.locator("blockquote").text_content()
    assert page.locator(f'#doc-timeline .item.sel[data-id="{capture.id}"]').count() == 1
    page.wait_for_selector("#doc-map path.sel-ring", state="attached")
    # the offline base layer: country outlines drawn although no tile could be fetched
    if outlines.locate() is None:
        page.wait_for_selector("text=country outlines not installed")
    else:
        page.wait_for_selector("#doc-map .leaflet-outline-pane-pane path", state="attached")
    assert page.problems == []


def test_click_a_place_lists_its_other_mentions(server, page):
    doc = sample.volga()
    page.goto(f"{server}/documents/{doc.id}")
    page.click('.text [data-place="sample:kazan"] >> nth=0')
    assert page.locator('.text .sel[data-place="sample:kazan"]').count() == 2
    assert "Mentions in this text (2)" in page.locator(".record").text_content()
    page.goto(f"{server}/places/sample:kazan")
    page.click("li:has-text('«Казани»') a")   # a mention on the place page opens the text with the place lit
    page.wait_for_url("**/documents/*?place=*")
    assert page.locator('.text .sel[data-place="sample:kazan"]').count() == 2
    assert page.problems == []


def test_timeline_item_selects_the_event_and_zoom_changes_the_scale(server, page):
    doc = sample.volga()
    battle = next(e for e in doc.events if e.type == "battle")
    page.goto(f"{server}/documents/{doc.id}")
    before = page.locator("#doc-timeline .axis text").all_text_contents()
    page.click("#doc-timeline button:text('+')")
    page.wait_for_function("before => Array.from(document.querySelectorAll('#doc-timeline .axis text'))"
                           ".map(t => t.textContent).join('|') !== before", arg="|".join(before), timeout=5000)
    page.click("#doc-timeline button:text('fit')")
    page.click(f'#doc-timeline .item[data-id="{battle.id}"]')
    assert page.locator(f'.text .sel[data-trigger="{battle.id}"]').count() == 1
    assert f"event={battle.id}" in page.url
    assert page.problems == []


def test_filter_and_sort_the_events_table(server, page):
    page.goto(f"{server}/events")
    assert page.locator("#events tbody tr").count() == 6
    page.select_option("select[name=type]", "capture")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*type=capture*")
    assert page.locator("#events tbody tr").count() == 1
    page.goto(f"{server}/events?place=Казань")
    assert page.locator("#events tbody tr").count() == 2
    page.click("#events th a:text('Date')")
    page.wait_for_url("**/events?*order=*")     # the sorted page, before its rows are read or clicked
    page.wait_for_load_state()
    dates = page.locator("#events tbody tr td:first-child span:first-child").all_text_contents()
    assert dates == sorted(dates)
    page.locator("#events tbody tr").first.click()
    page.wait_for_url("**/documents/*?event=*")
    assert page.locator(".text .sel").count() > 0
    assert page.problems == []


def test_hostile_document_renders_as_text(server, page):
    doc = sample.hostile()
    page.goto(f"{server}/documents/{doc.id}")
    assert "<script>alert('x')</script>" in page.locator(".text").text_content()
    page.click(".text .k-actor")
    assert "<b onmouseover=alert(2)>банда</b>" in page.locator(".record").text_content()
    page.goto(f"{server}/")
    assert "<script>alert('title')</script>" in page.locator("#documents").text_content()
    assert page.problems == []


def test_report_opens_from_disk_and_works_offline(tmp_path, page):
    out = tmp_path / "report.html"
    out.write_text(build_report([sample.volga(), sample.hostile()], title="Образец"), encoding="utf-8")
    requests = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.goto(out.as_uri())
    rows = page.locator("#events tbody tr")
    assert rows.count() == 6
    page.select_option("#event-filters select[data-filter=type]", "uprising")
    assert page.locator("#events tbody tr:not([hidden])").count() == 2
    hostile = sample.hostile().events[0]
    page.click(f'#events tbody tr[data-id="{hostile.id}"]')
    assert page.locator(f'.report-text[data-doc="{hostile.document}"]').is_visible()
    assert page.locator(f'.text .sel[data-trigger="{hostile.id}"]').count() == 1
    assert page.locator(f'#timeline .item.sel[data-id="{hostile.id}"]').count() == 1
    page.wait_for_selector("#map path.sel-ring", state="attached")
    assert requests == [] and page.problems == []
