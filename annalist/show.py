"""`annalist show`: one event record printed for a reader, its evidence highlighted in context."""
from __future__ import annotations

from typing import Any

CONTEXT_CHARS = 240


def render_event(record: dict[str, Any], text: str) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    ev, trig = record["evidence"], record["trigger"]
    console.print(f"[bold]{record['type']}[/bold]  ACLED: {record['acled']['event_type']} / "
                  f"{record['acled']['sub_event_type']}  status: {record['assertion']['status']}"
                  + (f" ({', '.join(record['assertion']['cues'])})" if record["assertion"]["cues"] else ""))
    console.print(f"id {record['id']}  document {record['document_title']} ({record['document']})")
    if record["date"]:
        d = record["date"]
        console.print(f"date: {d['edtf']}  [{d['start']} .. {d['end']}]  {d['precision']}, {d['derivation']}"
                      f"  from «{d['evidence']['text']}»")
    for p in record["places"]:
        where = f"{p['lat']:.4f}, {p['lon']:.4f}" if p["lat"] is not None else "unresolved"
        console.print(f"place: {p['name']} ({where}; {p['wikidata'] or p['place_id'] or '-'}) "
                      f"from «{p['evidence']['text']}»")
    for a in record["actors"]:
        console.print(f"{a['role']}: {a['name']} [{a['kind']}]")
    for q in record["quantities"]:
        console.print(f"{q['what']}: {q['value']} (min {q['min']}, max {q['max']}, "
                      f"approximate {q['approximate']}) from «{q['evidence']['text']}»")
    start = max(0, ev["start"] - CONTEXT_CHARS)
    end = min(len(text), ev["end"] + CONTEXT_CHARS)
    snippet = Text("…" if start else "")
    snippet.append(text[start:ev["start"]], style="dim")
    snippet.append(text[ev["start"]:trig["start"]], style="bold")
    snippet.append(text[trig["start"]:trig["end"]], style="bold reverse")
    snippet.append(text[trig["end"]:ev["end"]], style="bold")
    snippet.append(text[ev["end"]:end], style="dim")
    snippet.append("…" if end < len(text) else "")
    console.print()
    console.print(snippet)
    console.print(f"\nevidence [{ev['start']}:{ev['end']}] trigger [{trig['start']}:{trig['end']}]")
