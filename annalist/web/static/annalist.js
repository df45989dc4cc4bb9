/* Annalist pages: the document view (click a highlighted span → its record, evidence and other
   mentions), wired to the timeline and the map. The same code runs in the web app and in the
   single-file report; data comes from <script type="application/json" id="annalist-data">.
   Text from documents is only ever set through textContent. */
(function () {
  "use strict";
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    for (const k in attrs || {}) node.setAttribute(k, attrs[k]);
    return node;
  }
  const has = (node, kind, key) => (node.dataset[kind] || "").split(" ").includes(key);
  const dateText = (d, label) => d ? (label || d.edtf || d.start) : "undated";

  function timelineItem(e) {
    const d = e.date || {};
    return { id: e.id, type: e.type, type_label: e.type_label, start: d.start, end: d.end, edtf: d.edtf, date_label: e.date_label,
             quality: e.date_quality, trigger: e.trigger.text, assertion: e.assertion.status,
             place: (e.places[0] || {}).name };
  }

  // Places with coordinates, each with the events that happen there (for map popups).
  function mapPoints(events) {
    const points = {};
    for (const e of events) {
      for (const p of e.places) {
        if (p.lat === null || p.lat === undefined) continue;
        const pt = points[p.key] || (points[p.key] = { key: p.key, place_id: p.place_id, name: p.name, lat: p.lat, lon: p.lon, events_list: [] });
        if (!pt.events_list.some((x) => x.id === e.id)) {
          pt.events_list.push({ id: e.id, type: e.type, label: e.type_label, date: e.date_label || null, document: e.document });
        }
      }
    }
    return Object.values(points);
  }

  /* One document's text and the record panel. links: {event(e), document(id, eventId), place(key)} */
  function DocView(textEl, data, panel, links, onSelect) {
    const events = {}, datesByKey = {};
    for (const e of data.events) events[e.id] = e;
    for (const d of data.dates) datesByKey[d.key] = d;
    const clear = () => $$(".a.sel, .a.ev-sel", textEl).forEach((n) => n.classList.remove("sel", "ev-sel"));

    function section(title) { const h = el("h3", title); panel.appendChild(h); return h; }
    function dl(rows) {
      const box = el("dl");
      for (const [k, v] of rows) {
        if (v === null || v === undefined || v === "") continue;
        box.appendChild(el("dt", k));
        const dd = el("dd");
        if (v instanceof Node) dd.appendChild(v); else dd.textContent = String(v);
        box.appendChild(dd);
      }
      panel.appendChild(box);
    }
    function eventLink(e, sameDoc) {
      const a = el("a", (e.type_label || e.type) + " · " + (e.date_label || (e.date ? dateText(e.date) : e.start) || "undated") +
                   (e.document_title && !sameDoc ? " — " + e.document_title : ""), { href: links.event(e) });
      a.addEventListener("click", (ev) => { if (sameDoc || links.inPage(e)) { ev.preventDefault(); onSelect("event", e.id); } });
      return a;
    }
    function list(items, render) {
      const ul = el("ul");
      for (const it of items) { const li = el("li"); li.appendChild(render(it)); ul.appendChild(li); }
      if (!items.length) ul.appendChild(el("li", "none", { class: "muted" }));
      panel.appendChild(ul);
    }
    function scrollTo(node) { if (node) node.scrollIntoView({ block: "center", behavior: "smooth" }); }

    function showEvent(id) {
      const e = events[id];
      if (!e) return null;
      clear();
      $$(".a", textEl).forEach((n) => {
        if (has(n, "evidence", id)) {
          n.classList.add("ev-sel");
          if (has(n, "trigger", id) || has(n, "actor", id)) n.classList.add("sel");
          if (e.date && e.date.evidence && n.dataset.date === data.document.id + ":" + e.date.evidence.start + "-" + e.date.evidence.end) n.classList.add("sel");
          if (e.places.some((p) => has(n, "place", p.key))) n.classList.add("sel");
        }
      });
      scrollTo($(".a.k-trigger.sel", textEl));
      panel.replaceChildren();
      panel.appendChild(el("h2", (e.type_label || e.type) + " «" + e.trigger.text + "»"));
      const status = el("span", e.assertion.status, { class: "badge st-" + e.assertion.status });
      const quality = e.date ? el("span", e.date_quality, { class: "badge q-" + e.date_quality }) : null;
      const date = el("span", dateText(e.date, e.date_label) + (e.date ? " · EDTF " + e.date.edtf + " · " + e.date.precision + ", " + e.date.derivation + " " : ""));
      if (quality) date.appendChild(quality);
      dl([["date", date], ["date text", e.date ? "«" + e.date.text + "»" : null], ["assertion", status],
          ["cues", e.assertion.cues.join(", ")], ["ACLED", e.acled.event_type + " / " + e.acled.sub_event_type],
          ["PLOVER", e.plover.event_type ? e.plover.event_type + (e.plover.mode ? " / " + e.plover.mode : "") : null],
          ["confidence", e.confidence], ["id", e.id]]);
      section("Evidence");
      panel.appendChild(el("blockquote", e.evidence.text));
      panel.appendChild(el("div", "characters " + e.evidence.start + "–" + e.evidence.end + " of " + (data.document.title || data.document.id), { class: "muted small" }));
      if (e.places.length) {
        section("Places");
        list(e.places, (p) => {
          const a = el("a", p.name + (p.lat !== null && p.lat !== undefined ? " (" + (+p.lat).toFixed(2) + ", " + (+p.lon).toFixed(2) + ")" : " (not on the map)"), { href: "#" });
          a.addEventListener("click", (ev) => { ev.preventDefault(); onSelect("place", p.key); });
          return a;
        });
      }
      if (e.actors.length) { section("Actors"); list(e.actors, (a) => el("span", a.name + " — " + a.role + (a.kind ? ", " + a.kind : ""))); }
      if (e.quantities.length) {
        section("Numbers");
        list(e.quantities, (q) => el("span", q.what + ": " + (q.value ?? (q.min + "–" + q.max)) + (q.approximate ? " (approximately)" : "") + " «" + q.evidence.text + "»"));
      }
      section("Other mentions of this event");
      list((data.related || {})[id] || [], (r) => eventLink(r, r.document === data.document.id));
      return e;
    }

    function showPlace(key) {
      clear();
      const nodes = $$(".a", textEl).filter((n) => has(n, "place", key));
      nodes.forEach((n) => n.classList.add("sel"));
      scrollTo(nodes[0]);
      const mentions = data.places.filter((p) => p.key === key);
      const first = mentions[0] || {};
      panel.replaceChildren();
      panel.appendChild(el("h2", first.name || first.text || key));
      dl([["coordinates", first.lat !== null && first.lat !== undefined ? (+first.lat).toFixed(4) + ", " + (+first.lon).toFixed(4) : "unresolved"],
          ["type", first.type], ["gazetteer", first.place_id], ["Wikidata", first.wikidata], ["GeoNames", first.geonames]]);
      if (links.place && first.place_id) {
        panel.appendChild(el("a", "this place in all documents →", { href: links.place(first.place_id) }));
      }
      section("Mentions in this text (" + mentions.length + ")");
      list(mentions, (m) => {
        const a = el("a", "«" + m.text + "» at " + m.start, { href: "#" });
        a.addEventListener("click", (ev) => { ev.preventDefault(); scrollTo(nodes.find((n) => textOffset(n) === m.start) || nodes[0]); });
        return a;
      });
      section("Events here");
      list(data.events.filter((e) => e.places.some((p) => p.key === key)), (e) => eventLink(e, true));
      return first;
    }

    function showDate(key) {
      clear();
      const nodes = $$(".a", textEl).filter((n) => n.dataset.date === key);
      nodes.forEach((n) => n.classList.add("sel"));
      const d = datesByKey[key] || {};
      panel.replaceChildren();
      panel.appendChild(el("h2", "«" + (d.text || "") + "»"));
      dl([["EDTF", d.edtf], ["from", d.start_date], ["to", d.end_date], ["precision", d.precision],
          ["derivation", d.derivation], ["kind", d.kind], ["anchored on", d.anchor ? "«" + d.anchor.text + "»" : null],
          ["note", d.note]]);
      section("Events dated by it");
      list(data.events.filter((e) => e.date && e.date.evidence && e.date.evidence.start === d.start && e.date.evidence.end === d.end), (e) => eventLink(e, true));
      return d;
    }

    // Offsets are code points; the DOM counts UTF-16 units, so count code points of preceding text.
    function textOffset(node) {
      let n = 0;
      for (const child of textEl.childNodes) { if (child === node) return n; n += Array.from(child.textContent).length; }
      return -1;
    }

    textEl.addEventListener("click", (ev) => {
      const seg = ev.target.closest(".a");
      if (!seg) return;
      const d = seg.dataset;
      if (d.trigger) onSelect("event", d.trigger.split(" ")[0]);
      else if (d.place) onSelect("place", d.place.split(" ")[0]);
      else if (d.date) onSelect("date", d.date.split(" ")[0]);
      else if (d.actor) onSelect("event", d.actor.split(" ")[0]);
      else if (d.evidence) onSelect("event", d.evidence.split(" ")[0]);
    });
    textEl.addEventListener("keydown", (ev) => { if (ev.key === "Enter" && ev.target.closest(".a")) ev.target.click(); });
    return { showEvent, showPlace, showDate, events };
  }

  function readData() { const node = $("#annalist-data"); return node ? JSON.parse(node.textContent) : null; }

  // Wires one document view to a timeline and a map: selecting anywhere shows it everywhere.
  function documentPage(data, text, panel, links, shared) {
    let view = null;
    const select = (kind, key) => {
      if (kind === "event") {
        if (shared && shared.ensure && !view.events[key]) return shared.ensure(key);
        const e = view.showEvent(key);
        if (e && shared) { shared.timeline && shared.timeline.select(key); shared.map && shared.map.selectEvent(e); }
        if (e && links.remember) links.remember(key);
      } else if (kind === "place") {
        const place = view.showPlace(key);
        if (shared && shared.map) shared.map.selectPlace(key, place && (place.name || place.text));
      } else if (kind === "date") view.showDate(key);
    };
    view = DocView(text, data, panel, links, select);
    return { select, view };
  }

  function serverLinks() {
    return {
      event: (e) => "/documents/" + encodeURIComponent(e.document) + "?event=" + encodeURIComponent(e.id),
      inPage: () => false,
      place: (id) => "/places/" + encodeURIComponent(id),
      remember: (id) => history.replaceState(null, "", "?event=" + encodeURIComponent(id)),
    };
  }

  const pages = {
    document(data) {
      const links = serverLinks();
      const shared = {};
      const page = documentPage(data, $(".docview .text"), $(".docview .record"), links, shared);
      shared.timeline = AnnalistTimeline($("#doc-timeline"), data.events.map(timelineItem), { onSelect: (id) => page.select("event", id) });
      shared.map = AnnalistMap($("#doc-map"), mapPoints(data.events), { outlinesUrl: "/api/outlines.geojson", tiles: true, onSelect: (id) => page.select("event", id) });
      const query = new URLSearchParams(location.search);
      if (query.get("event")) page.select("event", query.get("event"));
      else if (query.get("place")) page.select("place", query.get("place"));
    },
    timeline(data) {
      AnnalistTimeline($("#timeline"), data.items, { onSelect: (id) => {
        const it = data.items.find((i) => i.id === id);
        location.href = "/documents/" + encodeURIComponent(it.document) + "?event=" + encodeURIComponent(id);
      } });
    },
    map(data) {
      AnnalistMap($("#map"), data.places, { outlinesUrl: "/api/outlines.geojson", tiles: true,
        placeUrl: (p) => "/api/places/" + encodeURIComponent(p.place_id),
        placeHref: (p) => "/places/" + encodeURIComponent(p.place_id),
        eventHref: (e) => "/documents/" + encodeURIComponent(e.document) + "?event=" + encodeURIComponent(e.id) });
    },
    overview(data) {
      if ($("#map")) pages.map(data);
    },
    events() {
      $$("tr[data-href]").forEach((tr) => tr.addEventListener("click", (ev) => { if (!ev.target.closest("a")) location.href = tr.dataset.href; }));
    },
    place(data) {
      AnnalistMap($("#map"), [data.place], { outlinesUrl: "/api/outlines.geojson", tiles: true });
      pages.events();
    },
    report: (data) => window.AnnalistReport(data, { documentPage, timelineItem, mapPoints, el, $, $$ }),
  };

  document.addEventListener("DOMContentLoaded", () => {
    const page = document.body.dataset.page;
    if (pages[page]) pages[page](readData());
  });
})();
