"""The single-file report: processed documents → one HTML file that works from disk, offline.

Everything is inlined at generation time: our CSS and JS, Leaflet and markercluster from their
installed XStatic packages, the country outlines, and the records as JSON. The page's own
Content-Security-Policy (a <meta> tag, as a file has no headers) allows exactly those inline
scripts and the stylesheet by their SHA-256 hashes, and no network at all.
"""
from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from typing import Any

from ..model import Document
from ..records import bundle as make_bundle
from . import assets, highlight, outlines, views
from .dates import human
from .render import render


def process_paths(paths: Iterable[str]) -> tuple[list[Document], list[tuple[str, str]]]:
    """Read and run the pipeline over every file named (directories recursively); failures are
    collected as (name, message) so one bad file does not lose the others."""
    from ..errors import AnnalistError
    from ..io import expand_paths, read_document
    from ..pipeline import process

    documents, failures = [], []
    for name in expand_paths(list(paths)):
        try:
            documents.append(process(read_document(name)))
        except AnnalistError as exc:
            failures.append((name, str(exc)))
    return documents, failures


def related_across(bundles: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Other mentions of each event among the report's documents: same type, same place, dates
    overlapping (or both unknown) — the rule queries.related_events applies to a store."""
    everything = [(b["document"], e) for b in bundles for e in b["events"]]
    found: dict[str, list[dict[str, Any]]] = {}
    for _, a in everything:
        place = next((p["place_id"] for p in a["places"] if p.get("place_id")), None)
        if place is None:
            continue
        for doc, b in everything:
            if b["id"] == a["id"] or b["type"] != a["type"] or not any(p.get("place_id") == place for p in b["places"]):
                continue
            da, db = a.get("date") or {}, b.get("date") or {}
            if da.get("start") and db.get("start"):
                if not (db["end"] >= da["start"] and db["start"] <= da["end"]):
                    continue
            elif da.get("start") or db.get("start"):
                continue
            found.setdefault(a["id"], []).append(
                {"id": b["id"], "document": doc["id"], "document_title": doc["title"], "type": b["type"],
                 "type_label": views.type_label(b["type"]), "date_label": human(db.get("start"), db.get("end")),
                 "start": db.get("start"), "end": db.get("end"), "place": b["places"][0]["name"]})
    return found


def _inline_script(code: str) -> str:
    # '</script' would end the element early; '<\/script' means the same inside JS strings.
    return code.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def build_report(documents: list[Document], title: str | None = None) -> str:
    """The report for processed documents, as one HTML string."""
    return build_report_from_bundles([make_bundle(d) for d in documents], title=title)


def build_report_from_bundles(bundles: list[dict[str, Any]], title: str | None = None) -> str:
    """The report for store-shaped bundles (records.bundle or Store.bundle output)."""
    bundles = [views.decorate(b) for b in bundles]
    related = related_across(bundles)
    texts = []
    data_docs = []
    for b in bundles:
        doc = b["document"]
        texts.append({"id": doc["id"], "title": doc["title"] or doc["id"], "language": doc.get("language", "ru"),
                      "html": highlight.render(doc["text"], highlight.annotations(b))})
        data_docs.append({"document": {k: doc.get(k) for k in ("id", "title", "language")},
                          "events": b["events"], "places": b["places"], "dates": b["dates"],
                          "related": {e["id"]: related.get(e["id"], []) for e in b["events"]}})
    events = [e for b in bundles for e in b["events"]]
    data = assets.json_script({"documents": data_docs, "outlines": outlines.countries()})
    css = "\n".join(assets.read(*s) for s in assets.STYLES)
    scripts = [_inline_script(assets.read(*s)) for s in assets.REPORT_SCRIPTS]
    csp = ("default-src 'none'; script-src " + " ".join(_sha256(s) for s in scripts) +
           "; style-src " + _sha256(css) + "; img-src data:; base-uri 'none'; form-action 'none'")
    heading = title or (bundles[0]["document"]["title"] if len(bundles) == 1 else f"{len(bundles)} documents")
    types = sorted({(e["type"], e["type_label"]) for e in events}, key=lambda t: t[1])
    return render("report.html", title=heading, csp=csp, css=css, scripts=scripts, data=data, texts=texts,
                  events=sorted(events, key=_date_order), types=types,
                  stats={"documents": len(bundles), "events": len(events),
                         "places": len({p["key"] for b in bundles for p in b["places"]}),
                         "dates": sum(len(b["dates"]) for b in bundles)})


def _date_order(event: dict[str, Any]) -> tuple:
    start = (event.get("date") or {}).get("start")
    return (start is None, start or "", event["document"], event["evidence"]["start"])
