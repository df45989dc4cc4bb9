"""The web app (``annalist serve``) and the single-file HTML report (``annalist report``).

``create_app(store)`` in app.py builds the ASGI app; ``build_report(documents)`` in report.py the
report. See docs/web.md.
"""
