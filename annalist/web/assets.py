"""Front-end files: our own (static/) and the libraries that come as Python dependencies.

Leaflet and Leaflet.markercluster are installed from PyPI as XStatic packages and served (or
inlined into the report) from their installed directories; nothing third-party is copied into
this repository and nothing is fetched from a CDN.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"

# What each page loads, in order: (mount, file name).
STYLES = [("leaflet", "leaflet.css"), ("markercluster", "MarkerCluster.css"),
          ("markercluster", "MarkerCluster.Default.css"), ("static", "annalist.css")]
SCRIPTS = [("leaflet", "leaflet.js"), ("markercluster", "leaflet.markercluster.js"),
           ("static", "annalist.timeline.js"), ("static", "annalist.map.js"), ("static", "annalist.js")]
REPORT_SCRIPTS = SCRIPTS[:-1] + [("static", "annalist.report.js"), ("static", "annalist.js")]


def vendor_dirs() -> dict[str, Path]:
    """Mount name → directory of an installed front-end package."""
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as markercluster

    return {"leaflet": Path(leaflet.BASE_DIR), "markercluster": Path(markercluster.BASE_DIR)}


def directory(mount: str) -> Path:
    return STATIC if mount == "static" else vendor_dirs()[mount]


def url(mount: str, name: str) -> str:
    return f"/static/{name}" if mount == "static" else f"/vendor/{mount}/{name}"


def read(mount: str, name: str) -> str:
    return (directory(mount) / name).read_text(encoding="utf-8")


def json_script(data: Any) -> str:
    """JSON that is safe inside <script type="application/json">: no '</script>' or '<!--' can form."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
