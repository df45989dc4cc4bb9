/* A zoomable timeline drawn in SVG: ranges as bars, single days as dots; exact, approximate and
   inferred dates styled differently (classes q-*, see annalist.css). No data is ever inserted as
   HTML: labels go in through textContent only. */
(function () {
  "use strict";
  const NS = "http://www.w3.org/2000/svg";
  const DAY = 1;
  const ROW = 20, TOP = 24, LANES = 40, LABEL_LANES = 14;

  // ISO date (proleptic Gregorian, '-0044-03-15' for BCE) → days since 1970-01-01.
  function toDays(iso) {
    const m = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(iso || "");
    if (!m) return null;
    const d = new Date(0);
    d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
    return Math.round(d.getTime() / 864e5);
  }
  function fromDays(days) {
    const d = new Date(days * 864e5);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  }
  function svg(tag, attrs, parent) {
    const el = document.createElementNS(NS, tag);
    for (const k in attrs) el.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(el);
    return el;
  }
  const STEPS = [[1, "day"], [7, "day"], [1, "month"], [3, "month"], [1, "year"], [2, "year"], [5, "year"],
                 [10, "year"], [25, "year"], [50, "year"], [100, "year"], [250, "year"], [500, "year"], [1000, "year"]];
  const stepDays = (s) => s[0] * (s[1] === "day" ? 1 : s[1] === "month" ? 30.44 : 365.25);

  function ticks(lo, hi, width) {
    const want = Math.max(2, width / 90);
    const step = STEPS.find((s) => (hi - lo) / stepDays(s) <= want) || STEPS[STEPS.length - 1];
    const out = [];
    const a = fromDays(lo);
    if (step[1] === "day") {
      for (let t = Math.floor(lo); t <= hi && out.length < 400; t += step[0]) {
        const f = fromDays(t);
        out.push([t, f.d + "." + String(f.m).padStart(2, "0") + "." + f.y]);
      }
    } else if (step[1] === "month") {
      let y = a.y, m = a.m;
      while (out.length < 400) {
        const t = toDays(String(y).padStart(4, "0") + "-" + String(m).padStart(2, "0") + "-01");
        if (t > hi) break;
        if (t >= lo) out.push([t, String(m).padStart(2, "0") + "." + y]);
        m += step[0]; if (m > 12) { m -= 12; y += 1; }
      }
    } else {
      let y = Math.floor(a.y / step[0]) * step[0];
      while (out.length < 400) {
        const t = toDays((y < 0 ? "-" : "") + String(Math.abs(y)).padStart(4, "0") + "-01-01");
        if (t > hi) break;
        if (t >= lo) out.push([t, y <= 0 ? (1 - y) + " BCE" : String(y)]);   // astronomical: 0 is 1 BCE
        y += step[0];
      }
    }
    return out;
  }

  // Greedy lanes in pixels, done on every draw so labels never overlap at any zoom: each item goes
  // to the first lane whose last occupant ends (label included) before it starts.
  function layout(visible, withLabels) {
    const ends = [];
    const free = (left) => ends.findIndex((e) => e < left);
    for (const v of visible) {
      const label = v.it.labelWidth + 8;
      const left = v.labelLeft ? v.x0 - label : v.x0, right = v.labelLeft ? v.x1 + 2 : v.x1 + label;
      // With its label if a lane has room for it, else the mark alone, else (too many) share a lane.
      let lane = withLabels ? free(left) : -1;
      v.showLabel = withLabels;
      if (lane < 0 && ends.length < LABEL_LANES && withLabels) lane = ends.length;
      if (lane < 0) { v.showLabel = false; lane = free(v.x0); }
      if (lane < 0) lane = ends.length < LANES ? ends.length : v.it.index % LANES;
      ends[lane] = Math.max(ends[lane] === undefined ? -Infinity : ends[lane], v.showLabel ? right : v.x1 + 2);
      v.lane = lane;
    }
    return Math.max(1, ends.length);
  }

  function Timeline(root, rawItems, options) {
    options = options || {};
    const items = rawItems.map((r, index) => ({ ...r, index, t0: toDays(r.start), t1: toDays(r.end || r.start) }))
      .filter((it) => it.t0 !== null).sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
    items.forEach((it, i) => { it.index = i; if (it.t1 === null || it.t1 < it.t0) it.t1 = it.t0; });
    const tools = document.createElement("div");
    tools.className = "tools";
    const button = (label, title, fn) => {
      const b = document.createElement("button");
      b.type = "button"; b.textContent = label; b.title = title; b.addEventListener("click", fn);
      tools.appendChild(b); return b;
    };
    const info = document.createElement("span");
    root.appendChild(tools);
    // Many overlapping ranges make many lanes: they scroll inside a box of bounded height.
    const scroller = document.createElement("div");
    scroller.className = "lanes";
    root.appendChild(scroller);
    const box = svg("svg", { height: TOP + ROW, role: "img", "aria-label": "timeline" }, scroller);
    const axis = svg("g", { class: "axis" }, box);
    const layer = svg("g", { class: "items" }, box);
    const span = (a, b) => { const pad = Math.max(15, (b - a) * 0.03); return [a - pad, b + pad + DAY]; };
    const full = items.length ? span(items[0].t0, Math.max(...items.map((i) => i.t1))) : [0, 365];
    // Start on the shortest stretch holding 80% of the events: a few events in antiquity should
    // not squeeze a chronicle of 1918-1920 into a pixel. "fit" shows everything.
    let core = full;
    if (items.length > 10) {
      const k = Math.ceil(items.length * 0.8) - 1;
      let best = null;
      for (let i = 0; i + k < items.length; i++) {
        const width = items[i + k].t0 - items[i].t0;
        if (!best || width < best[1] - best[0]) best = [items[i].t0, items[i + k].t0];
      }
      core = span(best[0], best[1]);
    }
    let view = core.slice(), selected = null;
    const width = () => box.clientWidth || root.clientWidth || 800;
    // The width is read once per draw: reading it per item would force a layout per item.
    let W = 800;
    const x = (t) => ((t - view[0]) / (view[1] - view[0])) * W;

    // One listener for all items, and tooltips made on first hover: 20,000 events stay quick.
    const nodes = items.map((it) => {
      const range = it.t1 > it.t0;
      const node = svg(range ? "rect" : "circle", {
        class: "item q-" + (it.quality || "approximate") + (it.assertion ? " st-" + it.assertion : ""),
        "data-id": it.id, "data-index": it.index, tabindex: "0" }, layer);
      it.label = (it.type_label || it.type || "") + (it.place ? " · " + it.place : "");
      it.labelWidth = Math.min(28, it.label.length) * 6.2;
      return [it, node, range];
    });
    const itemOf = (target) => { const n = target.closest && target.closest(".item"); return n ? items[+n.dataset.index] : null; };
    layer.addEventListener("click", (e) => { const it = itemOf(e.target); if (it && options.onSelect) options.onSelect(it.id); });
    layer.addEventListener("keydown", (e) => { const it = itemOf(e.target); if (it && e.key === "Enter" && options.onSelect) options.onSelect(it.id); });
    layer.addEventListener("pointerover", (e) => {
      const it = itemOf(e.target);
      if (!it || e.target.firstChild) return;
      const title = svg("title", {}, e.target);
      title.textContent = (it.type_label || it.type || "") + (it.trigger ? " «" + it.trigger + "»" : "") +
        "\n" + (it.date_label || it.edtf || it.start) + (it.edtf ? " (EDTF " + it.edtf + ")" : "") +
        (it.place ? " — " + it.place : "") + "\n" + (it.quality || "");
    });
    const labels = svg("g", { class: "labels" }, box);

    function draw() {
      const w = W = width();
      const visible = [];
      for (const [it, node, range] of nodes) {
        const x0 = x(it.t0), x1 = range ? x(it.t1 + DAY) : x(it.t0 + 0.5) + 4.5;
        if (x1 < -10 || x0 > w + 10) { node.setAttribute("display", "none"); continue; }
        node.removeAttribute("display");
        // Near the right edge the label goes to the left of its mark, so it is not cut off.
        visible.push({ it, node, range, x0: range ? x0 : x1 - 9, x1, labelLeft: x1 + it.labelWidth + 8 > w && x0 > it.labelWidth + 8 });
      }
      const withLabels = visible.length <= 400;
      const lanes = layout(visible, withLabels);
      const row = withLabels ? ROW : Math.max(6, Math.min(ROW, 600 / lanes));
      const height = TOP + lanes * row + 6;
      box.setAttribute("height", height);
      axis.replaceChildren();
      labels.replaceChildren();
      for (const [t, label] of ticks(view[0], view[1], w)) {
        const px = x(t);
        svg("line", { x1: px, x2: px, y1: 14, y2: height }, axis);
        const text = svg("text", { x: px + 3, y: 11 }, axis);
        text.textContent = label;
      }
      for (const v of visible) {
        const y = TOP + v.lane * row;
        if (v.range) {
          const left = Math.max(-10, v.x0);
          v.node.setAttribute("x", left); v.node.setAttribute("y", y + 2);
          v.node.setAttribute("width", Math.max(3, Math.min(w + 20, v.x1) - left));
          v.node.setAttribute("height", row - 5); v.node.setAttribute("rx", 2);
        } else {
          v.node.setAttribute("cx", v.x1 - 4.5); v.node.setAttribute("cy", y + row / 2);
          v.node.setAttribute("r", Math.min(4.5, row / 2 - 1));
        }
        if (v.showLabel) {
          const text = svg("text", v.labelLeft ? { x: v.x0 - 4, y: y + row - 5, class: "label", "text-anchor": "end" }
            : { x: Math.max(2, v.x1 + 4), y: y + row - 5, class: "label" }, labels);
          text.textContent = v.it.label.length > 28 ? v.it.label.slice(0, 27) + "…" : v.it.label;
        }
      }
      const a = fromDays(view[0]), b = fromDays(view[1]);
      const yr = (y) => (y <= 0 ? (1 - y) + " BCE" : String(y));   // astronomical: 0 is 1 BCE
      info.textContent = items.length + " dated events · " + yr(a.y) + "–" + yr(b.y);
    }
    // Wheel and drag events come faster than a large timeline redraws: one draw per frame.
    let pending = false;
    const schedule = () => { if (!pending) { pending = true; requestAnimationFrame(() => { pending = false; draw(); }); } };
    function zoom(factor, centre) {
      const c = centre === undefined ? (view[0] + view[1]) / 2 : centre;
      const span = Math.max(10, Math.min((full[1] - full[0]) * 4, (view[1] - view[0]) * factor));
      const k = (c - view[0]) / (view[1] - view[0]);
      view = [c - span * k, c + span * (1 - k)];
      schedule();
    }
    button("+", "zoom in", () => zoom(0.5));
    button("−", "zoom out", () => zoom(2));
    button("fit", "show everything", () => { view = full.slice(); draw(); });
    tools.appendChild(info);
    if (options.legend !== false) tools.appendChild(legend());
    box.addEventListener("wheel", (e) => {
      e.preventDefault();
      const r = box.getBoundingClientRect();
      zoom(e.deltaY > 0 ? 1.25 : 0.8, view[0] + ((e.clientX - r.left) / r.width) * (view[1] - view[0]));
    }, { passive: false });
    let drag = null;
    box.addEventListener("pointerdown", (e) => { if (e.target === box || e.target.closest(".axis")) drag = [e.clientX, view.slice()]; });
    window.addEventListener("pointerup", () => { drag = null; });
    box.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const shift = ((drag[0] - e.clientX) / width()) * (drag[1][1] - drag[1][0]);
      view = [drag[1][0] + shift, drag[1][1] + shift]; schedule();
    });
    window.addEventListener("resize", schedule);
    draw();

    return {
      select(id) {
        if (selected) selected.classList.remove("sel");
        const found = nodes.find(([it]) => it.id === id);
        selected = found ? found[1] : null;
        if (!found) return false;
        selected.classList.add("sel");
        layer.appendChild(selected);   // drawn last, so on top
        const it = found[0];
        if (it.t1 < view[0] || it.t0 > view[1]) {
          const half = (view[1] - view[0]) / 2, c = (it.t0 + it.t1) / 2;
          view = [c - half, c + half]; draw();
        }
        return true;
      },
      redraw: draw,
    };
  }

  function legend() {
    const keys = document.createElement("span");
    keys.className = "keys";
    for (const [q, label] of [["exact", "exact day"], ["approximate", "approximate / range"], ["inferred", "inferred from context"]]) {
      const s = svg("svg", { width: 22, height: 12 });
      svg("rect", { class: "item q-" + q, x: 1, y: 1, width: 20, height: 10, rx: 2 }, s);
      const l = document.createElement("span");
      l.append(s, " " + label);
      keys.appendChild(l);
    }
    return keys;
  }

  window.AnnalistTimeline = Timeline;
  window.AnnalistTimeline.toDays = toDays;
})();
