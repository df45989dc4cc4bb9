/* The map: Leaflet with clustered place markers over an offline base layer of country outlines,
   and OpenStreetMap tiles on top when the network is there (options.tiles). Popups are built
   from DOM nodes with textContent, never from HTML strings carrying data. */
(function () {
  "use strict";

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    for (const k in attrs || {}) node.setAttribute(k, attrs[k]);
    return node;
  }

  function icon(point, selected) {
    const n = point.events_list ? point.events_list.length : point.events || 0;
    const size = n > 99 ? 26 : n > 9 ? 22 : 18;
    // Size by class, not by a style attribute: the Content-Security-Policy forbids inline styles.
    return L.divIcon({ className: "", iconSize: [size, size],
      html: '<div class="pin s' + size + (selected ? " sel" : "") + '">' + (n || "") + "</div>" });
  }

  function Map(root, points, options) {
    options = options || {};
    const map = L.map(root, { worldCopyJump: true, zoomSnap: 0.5, minZoom: 1, maxZoom: 18 });
    map.createPane("outline-pane").style.zIndex = 150;   // under the tiles: seen only where tiles fail
    const base = L.layerGroup().addTo(map);
    const layers = {};
    if (options.outlines) addOutlines(options.outlines);
    else if (options.outlinesUrl) {
      fetch(options.outlinesUrl).then((r) => r.json()).then(addOutlines).catch(() => {});
    }
    function addOutlines(geojson) {
      L.geoJSON(geojson, { pane: "outline-pane", interactive: false,
        style: { color: "#9a9484", weight: 0.8, fillColor: "#f3f0e6", fillOpacity: 1 } }).addTo(base);
      if (geojson.note) root.parentNode.insertBefore(el("p", geojson.note, { class: "notice" }), root.nextSibling);
    }
    if (options.tiles) {
      layers["OpenStreetMap"] = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
        maxZoom: 18, attribution: "© OpenStreetMap contributors" }).addTo(map);
      L.control.layers({}, layers, { collapsed: true }).addTo(map);
    }
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    const markers = {};
    for (const p of points) {
      if (p.lat === null || p.lon === null || p.lat === undefined) continue;
      const marker = L.marker([p.lat, p.lon], { icon: icon(p, false), title: p.name || "", keyboard: true });
      marker.point = p;
      marker.bindPopup(() => popup(p), { minWidth: 220, maxWidth: 340 });
      markers[p.key || p.place_id] = marker;
      cluster.addLayer(marker);
    }
    map.addLayer(cluster);
    const bounds = Object.values(markers).map((m) => m.getLatLng());
    if (bounds.length) map.fitBounds(L.latLngBounds(bounds).pad(0.3), { maxZoom: 7 });
    else map.setView([45, 45], 3);

    function popup(p) {
      const box = el("div");
      box.appendChild(el("b", p.name || "?"));
      box.appendChild(el("div", (+p.lat).toFixed(3) + ", " + (+p.lon).toFixed(3), { class: "muted small" }));
      const list = el("ul", null, { class: "popup-list" });
      box.appendChild(list);
      const fill = (events) => {
        list.replaceChildren();
        for (const e of events) {
          const a = el("a", (e.date || "undated") + " · " + (e.label || e.type), { href: options.eventHref ? options.eventHref(e) : "#" });
          a.addEventListener("click", (ev) => { if (options.onSelect) { ev.preventDefault(); options.onSelect(e.id); } });
          const li = el("li"); li.appendChild(a); list.appendChild(li);
        }
        if (!events.length) list.appendChild(el("li", "no events here"));
      };
      if (p.events_list) fill(p.events_list);
      else if (options.placeUrl) {
        list.appendChild(el("li", "loading…"));
        fetch(options.placeUrl(p)).then((r) => r.json()).then((data) => {
          fill(data.events.map((e) => ({ id: e.id, type: e.type, label: e.type_label + " — " + e.document_title,
            date: e.date_label || null, document: e.document })));
          if (options.placeHref) {
            const more = el("a", "all about this place →", { href: options.placeHref(p) });
            box.appendChild(more);
          }
        }).catch(() => fill([]));
      }
      return box;
    }

    // A line on the map saying why a chosen event is not drawn (its place is unresolved).
    const note = L.control({ position: "bottomleft" });
    note.onAdd = () => el("div", "", { class: "map-note", hidden: "" });
    note.addTo(map);
    const say = (text) => { const box = note.getContainer(); box.textContent = text; box.hidden = !text; };

    let ring = null, pinned = null;
    return {
      map,
      // Highlight one event: a ring at each of its places, the first one's popup open.
      selectEvent(record) {
        if (ring) { map.removeLayer(ring); ring = null; }
        if (pinned) { pinned.setIcon(icon(pinned.point, false)); pinned = null; }
        const places = (record.places || []).filter((p) => p.lat !== null && p.lat !== undefined);
        const missing = (record.places || []).filter((p) => p.lat === null || p.lat === undefined).map((p) => p.name);
        say(missing.length ? "not on the map (no coordinates): " + missing.join(", ")
          : places.length ? "" : "this event names no place");
        if (!places.length) return false;
        ring = L.featureGroup(places.map((p) => L.circleMarker([p.lat, p.lon], { radius: 26, className: "sel-ring", interactive: false })));
        ring.addTo(map);
        const marker = markers[places[0].key || places[0].place_id];
        map.setView([places[0].lat, places[0].lon], Math.max(map.getZoom(), 5));
        if (marker) {
          cluster.zoomToShowLayer(marker, () => { marker.setIcon(icon(marker.point, true)); pinned = marker; });
        }
        return true;
      },
      selectPlace(key, name) {
        const marker = markers[key];
        say(marker ? "" : "not on the map (no coordinates): " + (name || key));
        if (!marker) return false;
        cluster.zoomToShowLayer(marker, () => marker.openPopup());
        return true;
      },
      invalidate() { map.invalidateSize(); },
    };
  }

  window.AnnalistMap = Map;
})();
