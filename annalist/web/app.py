"""The web app: ``create_app(store)`` → a Starlette ASGI app over one read-only Store.

Every page has a JSON twin under /api/ built from the same view function (views.py). Only GET
and HEAD exist: there is no endpoint that writes. Every response carries a Content-Security-Policy
that allows scripts and styles from this server only (no inline script, no eval), so even if
some document text escaped the templates' autoescaping it could not run.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import AnnalistError
from ..store import Store
from . import assets, highlight, openapi, outlines, views
from .render import render

TILES = "https://tile.openstreetmap.org"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
       f"img-src 'self' data: {TILES}; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


class SecurityHeaders:
    """ASGI middleware adding the security headers to every HTTP response, errors included."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.decode("latin-1").lower() not in SECURITY_HEADERS]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _json(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return Response(body, status_code=status, media_type="application/json")


def _page(template: str, page: str, title: str, api: str | None, data: Any = None, **context) -> HTMLResponse:
    html = render(template, page=page, title=title, api=api,
                  data=assets.json_script(data) if data is not None else None,
                  styles=[assets.url(*s) for s in assets.STYLES],
                  scripts=[assets.url(*s) for s in assets.SCRIPTS], **context)
    return HTMLResponse(html)


LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(store: Store, debug: bool = False, allowed_hosts: tuple[str, ...] | list[str] = LOOPBACK) -> Starlette:
    """The ASGI app serving ``store``; pass it to uvicorn, or to httpx.ASGITransport in tests.

    Requests must name an allowed host (loopback by default): a web page elsewhere cannot rebind
    its own domain name to 127.0.0.1 and read the database through the visitor's browser.
    """

    def params(request: Request) -> dict[str, str]:
        return dict(request.query_params)

    # -- pages ------------------------------------------------------------------------------
    async def overview_page(request: Request) -> Response:
        v = views.overview(store)
        return _page("overview.html", "overview", "Corpus", "/api/overview", {"places": v["places"]}, v=v)

    async def document_page(request: Request) -> Response:
        v = views.document(store, request.path_params["document_id"])
        html = highlight.render(v["document"]["text"], highlight.annotations(v))
        data = {k: v[k] for k in ("events", "places", "dates", "related")}
        data["document"] = {k: v["document"][k] for k in ("id", "title", "language")}
        return _page("document.html", "document", v["document"]["title"] or v["document"]["id"],
                     f"/api/documents/{v['document']['id']}", data, v=v, html=html)

    async def events_page(request: Request) -> Response:
        query = params(request)
        v = views.events(store, query)

        def with_(**changes: Any) -> str:
            merged = {k: val for k, val in {**query, **changes}.items() if val not in (None, "")}
            return "/events?" + urlencode(merged)

        def sort_url(key: str) -> str:
            flipped = "-date" if key == "date" and v["order"] == "date" else key
            return with_(order=flipped, page=None)

        return _page("events.html", "events", "Events", "/api/events" + ("?" + urlencode(query) if query else ""), None,
                     v=v, facets=views.facets(store), sort_url=sort_url, page_url=lambda n: with_(page=n))

    async def event_page(request: Request) -> Response:
        v = views.event(store, request.path_params["event_id"])
        return _page("event.html", "event", v["event"]["type_label"], f"/api/events/{v['event']['id']}", v=v)

    async def timeline_page(request: Request) -> Response:
        v = views.timeline(store, params(request))
        return _page("timeline.html", "timeline", "Timeline", "/api/timeline", {"items": v["items"]}, v=v)

    async def map_page(request: Request) -> Response:
        v = views.map_data(store)
        return _page("map.html", "map", "Map", "/api/map", v, v=v)

    async def place_page(request: Request) -> Response:
        v = views.place(store, request.path_params["place_id"])
        return _page("place.html", "place", v["place"]["name"], f"/api/places/{v['place']['place_id']}",
                     {"place": {**v["place"], "events": len(v["events"])}}, v=v)

    # -- JSON twins -------------------------------------------------------------------------
    def twin(view: Callable[..., Any], *path_keys: str) -> Callable:
        async def endpoint(request: Request) -> Response:
            args = [request.path_params[k] for k in path_keys]
            if not path_keys and view not in (views.overview, views.map_data):
                args.append(params(request))
            return _json(view(store, *args))
        return endpoint

    async def outlines_api(request: Request) -> Response:
        return _json(outlines.countries())

    async def openapi_api(request: Request) -> Response:
        return _json(openapi.spec())

    # -- errors -----------------------------------------------------------------------------
    def error(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return _json({"ok": False, "error": message, "status": status}, status)
        response = _page("error.html", "error", str(status), None, status=status, error=message)
        response.status_code = status
        return response

    async def on_http(request: Request, exc: HTTPException) -> Response:
        return error(request, exc.status_code, exc.detail or "error")

    async def on_not_found(request: Request, exc: Exception) -> Response:
        return error(request, 404, str(exc))

    async def on_bad_request(request: Request, exc: Exception) -> Response:
        return error(request, 400, str(exc))

    async def on_crash(request: Request, exc: Exception) -> Response:
        return error(request, 500, f"internal error: {type(exc).__name__}")

    routes = [
        Route("/", overview_page),
        Route("/documents/{document_id}", document_page),
        Route("/events", events_page),
        Route("/events/{event_id}", event_page),
        Route("/timeline", timeline_page),
        Route("/map", map_page),
        Route("/places/{place_id:path}", place_page),
        Route("/api/overview", twin(views.overview)),
        Route("/api/documents/{document_id}", twin(views.document, "document_id")),
        Route("/api/events", twin(views.events)),
        Route("/api/events/{event_id}", twin(views.event, "event_id")),
        Route("/api/timeline", twin(views.timeline)),
        Route("/api/map", twin(views.map_data)),
        Route("/api/places/{place_id:path}", twin(views.place, "place_id")),
        Route("/api/outlines.geojson", outlines_api),
        Route("/api/openapi.json", openapi_api),
        Mount("/static", StaticFiles(directory=str(assets.STATIC)), name="static"),
    ] + [Mount(f"/vendor/{name}", StaticFiles(directory=str(path)), name=name)
         for name, path in assets.vendor_dirs().items()]
    handlers = {HTTPException: on_http, views.NotFound: on_not_found, views.BadRequest: on_bad_request,
                AnnalistError: on_bad_request, Exception: on_crash}
    app = Starlette(debug=debug, routes=routes, exception_handlers=handlers)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    app.state.store = store
    return app
