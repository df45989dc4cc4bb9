/* The single-file report: several documents on one page, one record panel, one timeline and one
   map for all of them, and an events table filtered in the page (no server to ask). */
(function () {
  "use strict";

  window.AnnalistReport = function (data, ui) {
    const { documentPage, timelineItem, mapPoints, $, $$ } = ui;
    const panel = $("#record"), pick = $("#docpick");
    const owner = {}, pages = {}, allEvents = [];
    for (const d of data.documents) for (const e of d.events) { owner[e.id] = d.document.id; allEvents.push(e); }
    const shared = {
      ensure(id) {
        if (!owner[id]) return;
        show(owner[id]);
        pages[owner[id]].select("event", id);
      },
    };
    const links = {
      event: (e) => "#event=" + e.id,
      inPage: (e) => Boolean(owner[e.id]),
      place: null,
      remember: (id) => history.replaceState(null, "", "#event=" + id),
    };
    function show(docId) {
      $$(".report-text").forEach((t) => { t.hidden = t.dataset.doc !== docId; });
      pick.value = docId;
    }
    for (const d of data.documents) {
      const text = $$(".report-text").find((t) => t.dataset.doc === d.document.id);
      pages[d.document.id] = documentPage(d, text, panel, links, shared);
    }
    const selectEvent = (id) => shared.ensure(id);
    shared.timeline = AnnalistTimeline($("#timeline"), allEvents.map(timelineItem), { onSelect: selectEvent });
    shared.map = AnnalistMap($("#map"), mapPoints(allEvents), { outlines: data.outlines, tiles: false, onSelect: selectEvent });
    pick.addEventListener("change", () => show(pick.value));
    if (data.documents.length) show(data.documents[0].document.id);

    // The events table: filters hide rows; a click opens the event in its document.
    const rows = $$("#events tbody tr");
    const filters = $$("#event-filters [data-filter]");
    const count = $("#event-count");
    function apply() {
      const want = {};
      for (const f of filters) want[f.dataset.filter] = f.value.trim().toLowerCase();
      let shown = 0;
      for (const tr of rows) {
        const ok = Object.entries(want).every(([k, v]) => !v || (k === "text"
          ? tr.textContent.toLowerCase().includes(v) : (tr.dataset[k] || "").toLowerCase() === v));
        tr.hidden = !ok;
        if (ok) shown += 1;
      }
      count.textContent = shown + " of " + rows.length + " events";
    }
    filters.forEach((f) => f.addEventListener("input", apply));
    apply();
    rows.forEach((tr) => tr.addEventListener("click", () => {
      rows.forEach((r) => r.classList.remove("sel"));
      tr.classList.add("sel");
      selectEvent(tr.dataset.id);
      $("#documents").scrollIntoView({ behavior: "smooth" });
    }));
    const hash = /^#event=(\w+)$/.exec(location.hash);
    if (hash) selectEvent(hash[1]);
  };
})();
