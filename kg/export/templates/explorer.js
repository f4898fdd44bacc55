/* govkg explorer.  Reads the embedded JSON and drives vis-network.
 * Every piece of document text reaches the DOM through textContent (or canvas labels), never
 * HTML parsing, so markup inside a news article shows as text and runs nothing.
 * Big builds keep evidence and metrics in chunk files beside the page (graph-data/cNNNN.js):
 * each is a script that calls window.kgChunk, loaded when a node or edge is opened. */
(function () {
  "use strict";
  var timings = window.__kgTimings = { start: performance.now() };  // for benchmarks/html_render.py
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();
  var N = data.nodes, E = data.edges, T = data.types, DOCS = data.docs || [], PROV = data.provinces || [];
  var PAGE = 10;          // evidence sentences per panel page
  var VIEW_MAX = 2500;    // nodes drawn at most when a filter widens the view to the whole graph
  var LABEL_MAX = 12;     // longer names are cut on the canvas (hover and the panel show them whole)

  // ------------------------------------------------------------------ helpers
  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      for (var k in props) {
        if (!Object.prototype.hasOwnProperty.call(props, k)) continue;
        if (k === "text") node.textContent = props[k];
        else if (k === "className") node.className = props[k];
        else if (k === "style") node.setAttribute("style", props[k]);
        else if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), props[k]);
        else node.setAttribute(k, props[k]);
      }
    }
    (children || []).forEach(function (c) {
      if (c == null) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function darken(hex, f) {
    var n = parseInt(hex.slice(1), 16), r = (n >> 16) & 255, g = (n >> 8) & 255, b = n & 255;
    function c(v) { return ("0" + Math.round(v * f).toString(16)).slice(-2); }
    return "#" + c(r) + c(g) + c(b);
  }
  function norm(s) { return (s || "").normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }
  function fmtNumber(v) {
    if (typeof v !== "number") return String(v);
    return v.toLocaleString("zh-CN", { maximumFractionDigits: 6 });
  }
  function typeName(ti) { return T[ti][3] && T[ti][3] !== T[ti][0] ? T[ti][3] + " " + T[ti][0] : T[ti][0]; }

  // ------------------------------------------------------------------ indexes
  var adj = N.map(function () { return []; });
  E.forEach(function (e, k) { adj[e[0]].push(k); if (e[1] !== e[0]) adj[e[1]].push(k); });
  var keys = N.map(function (n) { return [norm(n.n)].concat(n.a.map(norm)); });
  var typeCount = T.map(function () { return 0; });
  N.forEach(function (n) { typeCount[n.t] += 1; });
  var predCount = {};
  E.forEach(function (e) { predCount[e[2]] = (predCount[e[2]] || 0) + 1; });
  var PREDS = data.preds || Object.keys(predCount).sort();
  var PRED_COLOUR = {};
  PREDS.forEach(function (p, j) { PRED_COLOUR[p] = (data.predColours || [])[j] || "#b4bdc8"; });
  var SEL_LABEL_MAX = 12;  // a selected hub's edges are told apart by colour, not by piled-up labels

  function neighbours(i) {
    return adj[i].map(function (k) { return E[k][0] === i ? E[k][1] : E[k][0]; });
  }

  // ------------------------------------------------------------------ chunks
  var chunkState = {};  // chunk number -> "loading" | "done" | "failed"
  var chunkWaiters = {};
  var CHUNK_NAME = /^[A-Za-z0-9_.-]+\/(c[0-9]{4}|index)\.js$/;
  function unpack(list, c) { return list.map(function (v) { return [c.R[v[0]], c.S[v[1]], v[2], v[3]]; }); }
  window.kgChunk = function (key, number, c) {
    if (key !== data.key || chunkState[number] === "done") return;  // a stale file from another build
    if (number === -1) {  // the filter index: documents of nodes and edges, periods of nodes
      N.forEach(function (n, i) { n.dc = c.dc[i]; if (c.pr[i]) n.pr = c.pr[i]; });
      E.forEach(function (e, k) { e[5] = c.ed[k]; });
      c = { n: [], x: [] };
    }
    c.n.forEach(function (r) {
      var n = N[r[0]];
      n.e = unpack(r[1], c);
      n.m = r[2].map(function (m) { return m.slice(0, 6).concat([unpack(m[6], c)]); });
    });
    c.x.forEach(function (r) { E[r[0]][3] = unpack(r[1], c); });
    chunkState[number] = "done";
    (chunkWaiters[number] || []).forEach(function (f) { f(true); });
    delete chunkWaiters[number];
  };
  function loadChunk(number, done) {
    if (chunkState[number] === "done") { done(true); return; }
    (chunkWaiters[number] = chunkWaiters[number] || []).push(done);
    if (chunkState[number] === "loading") return;
    var src = number === -1 ? data.index : data.chunks[number];
    if (typeof src !== "string" || !CHUNK_NAME.test(src)) { chunkState[number] = "failed"; done(false); return; }
    chunkState[number] = "loading";
    var s = document.createElement("script");
    s.src = src;
    s.onerror = function () {
      chunkState[number] = "failed";
      (chunkWaiters[number] || []).forEach(function (f) { f(false); });
      delete chunkWaiters[number];
    };
    document.body.appendChild(s);
  }
  /* Run `then` once the documents of every node and edge are there (for the document and
   * date filters; big pages keep them in graph-data/index.js). */
  function withIndex(then) {
    if (!data.index) { then(true); return; }
    loadChunk(-1, function (ok) {
      if (ok) then(true);
      else statusEl.textContent = "无法加载筛选索引 the filter index could not be loaded (" + data.index + ")";
    });
  }
  /* Run `then` once node i's details (evidence, metrics, its edges' evidence) are loaded. */
  function withDetail(i, then) {
    var n = N[i];
    if (n.ch === undefined || n.e !== undefined) { then(true); return; }
    loadChunk(n.ch, then);
  }

  // ------------------------------------------------------------------ state
  var core = [];
  N.forEach(function (n, i) { if (n.k) core.push(i); });
  var shown = new Set(core);
  var hiddenTypes = new Set(), hiddenPreds = new Set();
  var minDegree = 0, sourceFilter = "", dateFrom = "", dateTo = "", showIsolated = false;
  var layoutMode = "force", allLabels = false;
  var selected = null, selectedEdge = null, focusSet = null, hoverSet = new Set();

  function dateSpan(s) {  // "2023" / "2023-05" / "2023-05-04" -> [first day, last day]
    return [s + "-01-01".slice(s.length - 4), s + "-12-31".slice(s.length - 4)];
  }
  function inDates(list) {  // any [start, end] overlapping the filter
    for (var j = 0; j < list.length; j++) {
      if ((!dateTo || list[j][0] <= dateTo) && (!dateFrom || list[j][1] >= dateFrom)) return true;
    }
    return false;
  }
  function docDates(docs) {
    var out = [];
    docs.forEach(function (d) { var s = DOCS[d] && DOCS[d][1]; if (s) out.push(dateSpan(s)); });
    return out;
  }
  function nodeOk(i) {
    var n = N[i];
    if (hiddenTypes.has(n.t) || n.d < minDegree) return false;
    if (sourceFilter) {
      var v = +sourceFilter.slice(2);
      if (sourceFilter[0] === "d" && n.dc.indexOf(v) < 0) return false;
      if (sourceFilter[0] === "p" && n.pv.indexOf(v) < 0) return false;
    }
    if ((dateFrom || dateTo) && !inDates(docDates(n.dc).concat(n.pr || []))) return false;
    return true;
  }
  function edgeOk(k) {
    var e = E[k];
    if (hiddenPreds.has(e[2])) return false;
    if (sourceFilter && sourceFilter[0] === "d" && e[5].indexOf(+sourceFilter.slice(2)) < 0) return false;
    if ((dateFrom || dateTo) && !inDates(docDates(e[5]))) return false;
    return true;
  }
  function visible(i) { return shown.has(i) && nodeOk(i); }
  function scoped() { return !!(sourceFilter || dateFrom || dateTo); }

  function posOf(i) { var n = N[i]; return layoutMode === "hierarchy" ? { x: n.hx, y: n.hy } : { x: n.x, y: n.y }; }
  function nodeDim(i) { return focusSet !== null && !focusSet.has(i); }
  function nodeFont(i, dim) { return { color: dim ? "rgba(31,41,51,0.22)" : "#1f2933" }; }
  function visNode(i) {
    var n = N[i], style = T[n.t], colour = style[1];
    var chars = Array.from(n.n), p = posOf(i);
    var dim = nodeDim(i);
    return {
      id: i, label: chars.length > LABEL_MAX ? chars.slice(0, LABEL_MAX - 1).join("") + "…" : n.n,
      title: el("div", { text: n.n + " · " + typeName(n.t) + (n.c ? " · " + n.c : "") + " · " + n.d }),
      x: p.x, y: p.y, shape: style[2], value: n.s, opacity: dim ? 0.18 : 1,
      color: { background: colour, border: darken(colour, 0.72),
               highlight: { background: colour, border: "#111827" },
               hover: { background: colour, border: "#111827" } },
      font: nodeFont(i, dim)
    };
  }
  function wantLabel(k) {
    if (allLabels || hoverSet.has(k) || k === selectedEdge) return true;
    return selected !== null && adj[selected].length <= SEL_LABEL_MAX && (E[k][0] === selected || E[k][1] === selected);
  }
  function edgeDim(k) {
    var e = E[k];
    return focusSet !== null && !(focusSet.has(e[0]) && focusSet.has(e[1]) &&
                                  (selected === null || e[0] === selected || e[1] === selected));
  }
  function edgeColour(k, dim) {
    var c = PRED_COLOUR[E[k][2]] || "#b4bdc8";
    return { color: c, highlight: darken(c, 0.8), hover: darken(c, 0.8), opacity: dim ? 0.12 : 1 };
  }
  function visEdge(k) {
    var e = E[k];
    return { id: k, from: e[0], to: e[1], label: wantLabel(k) ? (e[6] || e[2]) : undefined, color: edgeColour(k, edgeDim(k)) };
  }

  var nodesDS = new vis.DataSet();
  var edgesDS = new vis.DataSet();
  var labelled = new Set();

  /* Bring the DataSets in line with `shown` and the filters (add/remove only the difference). */
  function sync() {
    var wantN = [], have = new Set(nodesDS.getIds());
    shown.forEach(function (i) { if (visible(i)) wantN.push(i); });
    var wantSet = new Set(wantN);
    var dropN = [];
    have.forEach(function (i) { if (!wantSet.has(i)) dropN.push(i); });
    var addN = wantN.filter(function (i) { return !have.has(i); }).sort(function (a, b) { return a - b; });
    var wantE = new Set();
    wantN.forEach(function (i) {
      adj[i].forEach(function (k) { if (wantSet.has(E[k][0]) && wantSet.has(E[k][1]) && edgeOk(k)) wantE.add(k); });
    });
    var haveE = new Set(edgesDS.getIds());
    var dropE = [];
    haveE.forEach(function (k) { if (!wantE.has(k)) dropE.push(k); });
    var addE = [];
    wantE.forEach(function (k) { if (!haveE.has(k)) addE.push(k); });
    addE.sort(function (a, b) { return a - b; });
    if (dropE.length) edgesDS.remove(dropE);
    if (dropN.length) nodesDS.remove(dropN);
    if (addN.length) nodesDS.add(addN.map(visNode));
    if (addE.length) edgesDS.add(addE.map(visEdge));
    dropN.forEach(function (i) { dimmedN.delete(i); });
    dropE.forEach(function (k) { dimmedE.delete(k); });
    addN.forEach(function (i) { if (nodeDim(i)) dimmedN.add(i); });
    addE.forEach(function (k) { if (edgeDim(k)) dimmedE.add(k); });
    addE.forEach(function (k) { if (wantLabel(k)) labelled.add(k); });
    dropE.forEach(function (k) { labelled.delete(k); });
    status();
  }
  /* Re-label edges after hover / selection changes: only the edges whose label changes. */
  function relabel() {
    var upd = [], want = new Set();
    if (allLabels) edgesDS.getIds().forEach(function (k) { want.add(k); });
    else {
      hoverSet.forEach(function (k) { want.add(k); });
      if (selectedEdge !== null) want.add(selectedEdge);
      if (selected !== null && adj[selected].length <= SEL_LABEL_MAX) adj[selected].forEach(function (k) { want.add(k); });
    }
    // " ", not "": vis-network keeps drawing the old text when a label becomes empty
    labelled.forEach(function (k) { if (!want.has(k) && edgesDS.get(k)) upd.push({ id: k, label: " " }); });
    want.forEach(function (k) { if (!labelled.has(k) && edgesDS.get(k)) upd.push({ id: k, label: E[k][6] || E[k][2] }); });
    labelled = new Set(Array.from(want).filter(function (k) { return edgesDS.get(k) !== null; }));
    if (upd.length) edgesDS.update(upd);
  }
  /* Dim everything outside the selection's neighbourhood (or undo it). */
  var dimmedN = new Set(), dimmedE = new Set();  // what is drawn dimmed now
  function setFocus(set) {
    focusSet = set;
    var updN = [], updE = [];
    nodesDS.getIds().forEach(function (i) {  // only the nodes and edges whose state changes
      var dim = nodeDim(i);
      if (dim !== dimmedN.has(i)) {
        if (dim) dimmedN.add(i); else dimmedN.delete(i);
        updN.push({ id: i, opacity: dim ? 0.18 : 1, font: nodeFont(i, dim) });
      }
    });
    edgesDS.getIds().forEach(function (k) {
      var dim = edgeDim(k);
      if (dim !== dimmedE.has(k)) {
        if (dim) dimmedE.add(k); else dimmedE.delete(k);
        updE.push({ id: k, color: edgeColour(k, dim) });
      }
    });
    if (updN.length) nodesDS.update(updN);
    if (updE.length) edgesDS.update(updE);
  }

  // ------------------------------------------------------------------ network
  var bigGraph = E.length > 3000 || N.length > 3000;
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodesDS, edges: edgesDS }, {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 42 },
    physics: { enabled: false, solver: "forceAtlas2Based", stabilization: false,
               forceAtlas2Based: { gravitationalConstant: -60, springLength: 90, avoidOverlap: 0.4 } },
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: bigGraph, hideEdgesOnZoom: bigGraph,
                   multiselect: false, navigationButtons: false, keyboard: false },
    nodes: {
      borderWidth: 1.5, borderWidthSelected: 3,
      font: { face: getComputedStyle(document.body).fontFamily, color: "#1f2933",
              strokeWidth: 4, strokeColor: "#ffffff", vadjust: 0 },
      // value = the precomputed size (by degree); labels scale with it, and a label smaller
      // than drawThreshold px on screen is not drawn: zoomed out, only the hubs are named
      scaling: { min: 9, max: 26, customScalingFunction: function (min, max, total, value) { return (value - 9) / 17; },
                 label: { enabled: true, min: 13, max: 19, drawThreshold: 8, maxVisible: 26 } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.55 } },
      color: { color: "#b4bdc8", highlight: "#2f6fb0", hover: "#7d8a99", inherit: false },
      width: 1.4, selectionWidth: 1.2, smooth: false,
      font: { face: getComputedStyle(document.body).fontFamily, size: 11, color: "#4b5563",
              strokeWidth: 4, strokeColor: "#ffffff", align: "horizontal" }
    }
  });
  network.once("afterDrawing", function () {
    window.__kgFirstDraw = performance.now();
    document.body.setAttribute("data-ready", "1");
  });

  // ------------------------------------------------------------------ header, legend
  document.getElementById("title").textContent = data.title;
  var statusEl = document.getElementById("status");
  function status() {
    var s = data.stats;
    statusEl.textContent = "显示 " + nodesDS.length + " / " + N.length + " 个实体 · " +
      edgesDS.length + " / " + E.length + " 条关系" +
      (s.core < N.length ? "（默认显示连接最多的 " + s.core + " 个，其余可搜索）" : "") +
      (s.metrics ? " · " + s.metrics + " 个指标" : "");
  }

  var SVGNS = "http://www.w3.org/2000/svg";
  function swatch(shape, colour) {
    var svg = document.createElementNS(SVGNS, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("viewBox", "0 0 16 16");
    var p;
    if (shape === "dot") { p = document.createElementNS(SVGNS, "circle"); p.setAttribute("cx", "8"); p.setAttribute("cy", "8"); p.setAttribute("r", "6.5"); }
    else if (shape === "square") { p = document.createElementNS(SVGNS, "rect"); p.setAttribute("x", "2"); p.setAttribute("y", "2"); p.setAttribute("width", "12"); p.setAttribute("height", "12"); }
    else {
      var pts = { diamond: "8,1 15,8 8,15 1,8", triangle: "8,1.5 15,14.5 1,14.5",
                  star: "8,1 10,6 15.5,6.2 11.2,9.6 12.8,15 8,11.8 3.2,15 4.8,9.6 0.5,6.2 6,6",
                  hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8" }[shape] || "8,1 15,8 8,15 1,8";
      p = document.createElementNS(SVGNS, "polygon"); p.setAttribute("points", pts);
    }
    p.setAttribute("fill", colour); p.setAttribute("stroke", darken(colour, 0.72));
    svg.appendChild(p);
    return svg;
  }
  function refilter() {
    if (scoped()) {  // a source or date filter looks at the whole graph, not only the default view
      var hits = [];
      for (var i = 0; i < N.length; i++) if ((N[i].d || showIsolated) && nodeOk(i)) hits.push(i);
      hits.sort(function (a, b) { return N[b].d - N[a].d || a - b; });
      shown = new Set(hits.slice(0, VIEW_MAX));
    }
    if (selected !== null && !visible(selected)) closePanel();
    sync();
    if (selected !== null) { setFocus(new Set([selected].concat(neighbours(selected)))); relabel(); }
  }
  /* Drop the filters that would hide node i (it was asked for by name or link). */
  function admit(i) {
    setTypeVisible(N[i].t);
    if (nodeOk(i)) return;
    minDegree = 0; degreeEl.value = "0";
    sourceFilter = ""; sourceEl.value = "";
    dateFrom = dateTo = ""; fromEl.value = toEl.value = "";
  }

  var typesEl = document.getElementById("types");
  T.forEach(function (t, ti) {
    var box = el("input", { type: "checkbox", "data-type": t[0] });
    box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) hiddenTypes.delete(ti); else hiddenTypes.add(ti);
      refilter();
    });
    typesEl.appendChild(el("li", { className: typeCount[ti] ? "" : "empty" }, [
      el("label", null, [box, swatch(t[2], t[1]), el("span", { text: typeName(ti) }),
        el("span", { className: "count", text: String(typeCount[ti]) })])
    ]));
  });
  function setTypeVisible(ti) {
    if (!hiddenTypes.has(ti)) return;
    hiddenTypes.delete(ti);
    var box = typesEl.querySelectorAll("input")[ti];
    if (box) box.checked = true;
  }
  var predsEl = document.getElementById("preds");
  PREDS.forEach(function (p) {
    var box = el("input", { type: "checkbox", "data-pred": p });
    box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) hiddenPreds.delete(p); else hiddenPreds.add(p);
      refilter();
    });
    predsEl.appendChild(el("li", null, [el("label", null, [box, el("span", { className: "line", style: "background:" + PRED_COLOUR[p] }),
      el("span", { className: "pred", text: p }),
      el("span", { className: "count", text: String(predCount[p] || 0) })])]));
  });
  if (!PREDS.length) document.getElementById("preds-box").hidden = true;

  var degreeEl = document.getElementById("min-degree");
  degreeEl.addEventListener("input", function () { minDegree = Math.max(0, parseInt(degreeEl.value, 10) || 0); refilter(); });

  var sourceEl = document.getElementById("source");
  if (PROV.length > 1 || DOCS.length > 1) {
    if (PROV.length) sourceEl.appendChild(el("optgroup", { label: "省份 province" }, PROV.map(function (p, j) {
      return el("option", { value: "p:" + j, text: p[0] });
    })));
    if (DOCS.length > 1) sourceEl.appendChild(el("optgroup", { label: "文档 document" }, DOCS.map(function (d, j) {
      return el("option", { value: "d:" + j, text: (d[1] ? d[1] + " " : "") + d[0] });
    })));
    sourceEl.addEventListener("change", function () {
      var v = sourceEl.value;
      (v[0] === "d" ? withIndex : function (f) { f(true); })(function () {
        sourceFilter = v; if (!scoped()) shown = new Set(core); refilter(); fitShown();
      });
    });
  } else document.getElementById("source-box").hidden = true;

  var fromEl = document.getElementById("date-from"), toEl = document.getElementById("date-to");
  if (data.dateSpan) {
    var lo = data.dateSpan[0], hi = data.dateSpan[1];
    [fromEl, toEl].forEach(function (x) {
      x.min = lo; x.max = hi;
      x.addEventListener("change", function () {
        withIndex(function () {
          dateFrom = fromEl.value; dateTo = toEl.value;
          if (!scoped()) shown = new Set(core);
          refilter(); fitShown();
        });
      });
    });
    document.getElementById("date-range").textContent = lo + " – " + hi;
  } else document.getElementById("date-box").hidden = true;

  var isoEl = document.getElementById("isolated");
  if (data.stats.isolated) {
    document.getElementById("isolated-count").textContent = "(" + data.stats.isolated + ")";
    isoEl.addEventListener("change", function () {
      showIsolated = isoEl.checked;
      N.forEach(function (n, i) { if (!n.d) { if (showIsolated) shown.add(i); else if (i !== selected) shown.delete(i); } });
      sync();
    });
  } else document.getElementById("isolated-box").hidden = true;

  document.getElementById("layout").addEventListener("change", function (ev) { setLayout(ev.target.value); });
  function setLayout(mode) {
    layoutMode = mode === "hierarchy" ? "hierarchy" : "force";
    document.getElementById("layout").value = layoutMode;
    nodesDS.update(nodesDS.getIds().map(function (i) { var p = posOf(i); return { id: i, x: p.x, y: p.y }; }));
    fitShown();
  }
  document.getElementById("edge-labels").addEventListener("change", function (ev) { allLabels = ev.target.checked; relabel(); });

  // ------------------------------------------------------------------ panel
  var panel = document.getElementById("panel"), body = document.getElementById("panel-body");
  document.getElementById("close").addEventListener("click", function () { closePanel(); network.unselectAll(); });
  function closePanel() {
    panel.hidden = true; selected = null; selectedEdge = null;
    setFocus(null); relabel();
  }

  function quoteEl(ev, tag) {
    // ev = [source, sentence, hlStart, hlEnd]; offsets are code points
    var chars = Array.from(ev[1]), s = ev[2], e = ev[3];
    var q = el("span", { className: "quote" });
    if (s >= 0 && e > s && e <= chars.length) {
      q.appendChild(document.createTextNode(chars.slice(0, s).join("")));
      q.appendChild(el("mark", { text: chars.slice(s, e).join("") }));
      q.appendChild(document.createTextNode(chars.slice(e).join("")));
    } else {
      q.textContent = ev[1];
    }
    return el(tag || "li", null, [q, el("span", { className: "src", text: ev[0] })]);
  }
  /* A list shown `size` items at a time with previous / next buttons; `wrap` turns the
   * rendered items of one page into the element shown (an <ol>, a table ...). */
  function paged(items, render, wrap, total, size) {
    size = size || PAGE;
    var box = el("div", { className: "paged" }), page = 0, pages = Math.max(1, Math.ceil(items.length / size));
    function draw() {
      clear(box);
      var from = page * size, part = items.slice(from, from + size);
      var rendered = [];
      part.forEach(function (it) { rendered = rendered.concat(render(it)); });
      box.appendChild(wrap(rendered, from));
      if (pages > 1) {
        box.appendChild(el("div", { className: "pager" }, [
          el("button", { type: "button", className: "prev", text: "‹ 上一页", onclick: function () { if (page > 0) { page -= 1; draw(); } } }),
          el("span", { className: "pageinfo", text: (from + 1) + "–" + (from + part.length) + " / " + items.length }),
          el("button", { type: "button", className: "next", text: "下一页 ›", onclick: function () { if (page < pages - 1) { page += 1; draw(); } } })]));
        box.querySelector(".prev").disabled = page === 0;
        box.querySelector(".next").disabled = page === pages - 1;
      }
      if (total > items.length) box.appendChild(el("p", { className: "more", text: "另有 " + (total - items.length) + " 条未收录 (" + total + " in total)" }));
    }
    draw();
    return box;
  }
  function listOf(tag, className) {
    return function (items, from) { return el(tag, { className: className, start: String(from + 1) }, items); };
  }
  function evidenceList(list, total) { return paged(list, function (ev) { return quoteEl(ev); }, listOf("ol", "evidence"), total); }
  function nodeLink(i) {
    return el("a", { className: "node-link", href: "#", text: N[i].n,
                     onclick: function (ev) { ev.preventDefault(); select(i, true); } });
  }
  function badge(ti) { return el("span", { className: "badge", style: "background:" + T[ti][1], text: typeName(ti) }); }

  /* Metrics, 20 rows a page; a row opens its source sentence(s) below it. */
  function metricsTable(ms) {
    function rowsOf(m) {
      var src = el("tr", { className: "metric-src", hidden: "" });
      var toggle = function () {
        if (!src.firstChild) src.appendChild(el("td", { colspan: "5" }, [
          m[6].length ? el("ol", { className: "evidence" }, m[6].map(function (ev) { return quoteEl(ev); }))
                      : el("span", { className: "more", text: "无原文 no sentence" })]));
        src.hidden = !src.hidden; row.classList.toggle("open", !src.hidden);
      };
      var row = el("tr", { className: "metric-row", tabindex: "0", title: m[5] + (m[3] ? "（约数 approximate）" : ""),
                           onclick: toggle, onkeydown: function (ev) { if (ev.key === "Enter") toggle(); } }, [
        el("td", { className: "ind", text: m[0] }),
        el("td", { className: "num", text: (m[3] ? "≈" : "") + fmtNumber(m[1]) }),
        el("td", { className: "unit", text: m[2] }),
        el("td", { className: "period", text: m[4] || "" }),
        el("td", { className: "go", text: "原文 ›" })]);
      return [row, src];
    }
    return paged(ms, rowsOf, function (rows) {
      return el("table", { className: "metrics" }, [
        el("thead", null, [el("tr", null, ["指标", "数值", "单位", "时期", ""].map(function (h, j) {
          return el("th", { text: h, title: ["indicator", "value (≈ approximate)", "unit", "period", "source sentence"][j] }); }))]),
        el("tbody", null, rows)]);
    }, ms.length, 20);
  }

  function showNode(i) {
    var n = N[i];
    clear(body);
    body.appendChild(el("h2", { text: n.n }));
    body.appendChild(el("div", null, [badge(n.t), el("span", { className: "pred", text: "degree " + n.d })]));
    var facts = [];
    function fact(k, v) { if (v !== null && v !== undefined && v !== "") facts.push(el("dt", { text: k }), el("dd", { text: v })); }
    fact("代码 code", n.c);
    fact("级别 level", n.l);
    fact("别名 aliases", n.a.join("、"));
    fact("id", n.id);
    body.appendChild(el("dl", { className: "facts" }, facts));
    body.appendChild(el("div", { className: "actions" }, [
      el("button", { type: "button", id: "focus-btn", text: "只看邻居 Focus", onclick: function () { focusOn(i); } }),
      el("button", { type: "button", id: "expand-btn", text: "展开一层 Expand", onclick: function () { expand(); } })
    ]));
    if (adj[i].length) {
      body.appendChild(el("h3", { text: "关系 Relations (" + adj[i].length + ")" }));
      body.appendChild(paged(adj[i], function (k) {
        var e = E[k];
        var line = e[0] === i
          ? [el("span", { className: "pred", text: e[2] + " → " }), nodeLink(e[1])]
          : [el("span", { className: "pred", text: "← " + e[2] + " " }), nodeLink(e[0])];
        return el("li", null, line);
      }, listOf("ul", "rels"), adj[i].length));
    }
    var rest = el("div", { id: "detail" }, [el("p", { className: "more", text: "加载中 loading…" })]);
    body.appendChild(rest);
    withDetail(i, function (ok) {
      if (selected !== i || !rest.isConnected) return;
      clear(rest);
      if (!ok) { rest.appendChild(el("p", { className: "more", text: "无法加载原文 details could not be loaded (" + data.chunks[n.ch] + ")" })); return; }
      if (n.m.length) {
        rest.appendChild(el("h3", { text: "指标 Metrics (" + n.m.length + ")" }));
        rest.appendChild(metricsTable(n.m));
      }
      rest.appendChild(el("h3", { text: "原文 Source sentences (" + n.ne + ")" }));
      rest.appendChild(evidenceList(n.e, n.ne));
    });
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  function showEdge(k) {
    var e = E[k];
    clear(body);
    body.appendChild(el("h2", { text: e[2] }));
    body.appendChild(el("p", null, [nodeLink(e[0]), el("span", { className: "pred", text: "  —" + e[2] + "→  " }), nodeLink(e[1])]));
    body.appendChild(el("h3", { text: "原文 Evidence (" + e[4] + ")" }));
    var rest = el("div", { id: "detail" }, [el("p", { className: "more", text: "加载中 loading…" })]);
    body.appendChild(rest);
    selected = null; selectedEdge = k;
    setFocus(new Set([e[0], e[1]]));
    relabel();
    withDetail(e[0], function (ok) {
      if (selectedEdge !== k) return;
      clear(rest);
      rest.appendChild(ok ? evidenceList(e[3], e[4]) : el("p", { className: "more", text: "无法加载原文 details could not be loaded" }));
    });
    panel.hidden = false;
  }

  // ------------------------------------------------------------------ actions
  function select(i, focus) {
    admit(i);
    if (!shown.has(i)) shown.add(i);
    sync();
    selected = i; selectedEdge = null;
    network.selectNodes([i]);
    setFocus(new Set([i].concat(neighbours(i))));
    relabel();
    showNode(i);
    // the panel floats over the canvas, so the view keeps its zoom; only pan when the node is
    // hidden under the panel or off screen
    var p = network.canvasToDOM(network.getPositions([i])[i]);
    var box = document.getElementById("graph").getBoundingClientRect();
    var right = box.width - (panel.hidden ? 0 : panel.getBoundingClientRect().width);
    var outside = p.x < 20 || p.y < 20 || p.x > right - 20 || p.y > box.height - 20;
    if (focus) {
      network.focus(i, { scale: Math.max(network.getScale(), 1.1), animation: false });
      var c = network.canvasToDOM(network.getPositions([i])[i]), want = Math.min(c.x, right / 2);
      if (c.x > want) network.moveTo({ position: network.DOMtoCanvas({ x: box.width / 2 + (c.x - want), y: box.height / 2 }), animation: false });
    } else if (outside) {
      var target = network.DOMtoCanvas({ x: box.width / 2 + (p.x - right / 2), y: box.height / 2 + (p.y - box.height / 2) });
      network.moveTo({ position: target, animation: { duration: 250 } });
    }
  }
  function fitShown() {
    var ids = nodesDS.getIds();
    if (!ids.length) return;
    network.fit({ nodes: ids, animation: false });
    if (network.getScale() > 1.2) network.moveTo({ scale: 1.2 });  // small graphs: don't blow up
    var pw = panel.hidden ? 0 : panel.getBoundingClientRect().width;
    var w = document.getElementById("graph").getBoundingClientRect().width;
    if (pw && pw < w) {  // fit into the part of the canvas the panel leaves free
      var sc = network.getScale() * (w - pw) / w, c = network.getViewPosition();
      network.moveTo({ scale: sc, position: { x: c.x + pw / 2 / sc, y: c.y }, animation: false });
    }
  }
  function focusOn(i) {
    shown = new Set([i].concat(neighbours(i)));
    setTypeVisible(N[i].t);
    sync();
    network.selectNodes([i]);
    fitShown();
  }
  function expandNode(i) {
    neighbours(i).forEach(function (j) { shown.add(j); });
    sync();
  }
  function expand() {
    Array.from(shown).forEach(function (i) { if (visible(i)) neighbours(i).forEach(function (j) { shown.add(j); }); });
    sync();
    fitShown();
  }
  function overview() {
    shown = new Set(core);
    if (showIsolated) N.forEach(function (n, i) { if (!n.d) shown.add(i); });
    if (scoped()) refilter(); else sync();
    fitShown();
  }

  network.on("click", function (p) {
    if (p.nodes.length) select(p.nodes[0], false);
    else if (p.edges.length) showEdge(p.edges[0]);
    else closePanel();
  });
  network.on("doubleClick", function (p) { if (p.nodes.length) expandNode(p.nodes[0]); });
  network.on("hoverNode", function (p) { hoverSet = new Set(adj[p.node]); relabel(); });
  network.on("blurNode", function () { hoverSet = new Set(); relabel(); });
  network.on("hoverEdge", function (p) { hoverSet = new Set([p.edge]); relabel(); });
  network.on("blurEdge", function () { hoverSet = new Set(); relabel(); });
  document.getElementById("graph").addEventListener("mouseleave", function () {  // vis sends no blur then
    if (hoverSet.size) { hoverSet = new Set(); relabel(); }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && ev.target !== input && !panel.hidden) { closePanel(); network.unselectAll(); }
  });
  document.getElementById("overview").addEventListener("click", overview);
  document.getElementById("fit").addEventListener("click", fitShown);
  document.getElementById("physics").addEventListener("change", function (ev) {
    network.setOptions({ physics: { enabled: ev.target.checked } });
  });

  // ------------------------------------------------------------------ export
  function download(name, url) {
    var a = el("a", { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  function csvCell(v) {
    var s = v === null || v === undefined ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // a spreadsheet must not run it as a formula
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv(rows) { return "\ufeff" + rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n"; }
  function viewCsv() {
    var ids = nodesDS.getIds().sort(function (a, b) { return a - b; });
    var nodes = [["id", "name", "type", "code", "level", "degree", "aliases"]].concat(ids.map(function (i) {
      var n = N[i]; return [n.id, n.n, T[n.t][0], n.c, n.l, n.d, n.a.join("|")];
    }));
    var ks = edgesDS.getIds().sort(function (a, b) { return a - b; });
    var edges = [["source", "predicate", "target", "source_name", "target_name", "evidence_count"]].concat(ks.map(function (k) {
      var e = E[k]; return [N[e[0]].id, e[2], N[e[1]].id, N[e[0]].n, N[e[1]].n, e[4]];
    }));
    return { nodes: csv(nodes), edges: csv(edges) };
  }
  function exportCsv() {
    var c = viewCsv();
    download("govkg-nodes.csv", URL.createObjectURL(new Blob([c.nodes], { type: "text/csv;charset=utf-8" })));
    download("govkg-edges.csv", URL.createObjectURL(new Blob([c.edges], { type: "text/csv;charset=utf-8" })));
  }
  function viewPng() {
    var src = document.querySelector("#graph canvas");
    var out = document.createElement("canvas");
    out.width = src.width; out.height = src.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(src, 0, 0);
    return out.toDataURL("image/png");
  }
  document.getElementById("export-png").addEventListener("click", function () { download("govkg-view.png", viewPng()); });
  document.getElementById("export-csv").addEventListener("click", exportCsv);

  // ------------------------------------------------------------------ search
  var input = document.getElementById("search"), results = document.getElementById("results");
  var hits = [], active = 0;
  function search(q) {
    q = norm(q);
    if (!q) return [];
    var scored = [];
    for (var i = 0; i < N.length; i++) {
      var best = 9, ks = keys[i];
      for (var j = 0; j < ks.length; j++) {
        var at = ks[j].indexOf(q);
        if (at < 0) continue;
        var r = ks[j] === q ? 0 : at === 0 ? 1 : 2;
        if (j > 0) r += 0.5;
        if (r < best) best = r;
      }
      if (best < 9) scored.push([best, -N[i].d, N[i].n.length, i]);
    }
    scored.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return scored.slice(0, 30).map(function (s) { return s[3]; });
  }
  function renderResults() {
    clear(results);
    if (!input.value.trim()) { results.hidden = true; return; }
    if (!hits.length) {
      results.appendChild(el("li", { className: "empty", text: "无结果 no match" }));
    }
    hits.forEach(function (i, r) {
      var n = N[i], q = norm(input.value);
      var alias = norm(n.n).indexOf(q) < 0 ? n.a.filter(function (a) { return norm(a).indexOf(q) >= 0; })[0] : null;
      results.appendChild(el("li", { role: "option", className: r === active ? "active" : "", "data-index": String(i),
        onmousedown: function (ev) { ev.preventDefault(); pick(i); } },
        [swatch(T[n.t][2], T[n.t][1]), el("span", { text: n.n }), alias ? el("span", { className: "alias", text: "（" + alias + "）" }) : null]));
    });
    results.hidden = false;
  }
  function pick(i) {
    results.hidden = true;
    input.value = N[i].n;
    select(i, true);
  }
  input.addEventListener("input", function () { hits = search(input.value); active = 0; renderResults(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { active = Math.min(active + 1, hits.length - 1); renderResults(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); renderResults(); ev.preventDefault(); }
    else if (ev.key === "Enter") { if (hits.length) pick(hits[active]); ev.preventDefault(); }
    else if (ev.key === "Escape") { results.hidden = true; }
  });
  input.addEventListener("blur", function () { results.hidden = true; });
  input.addEventListener("focus", function () { if (input.value.trim()) renderResults(); });

  // ------------------------------------------------------------------ start
  timings.setup = performance.now();
  sync();
  fitShown();
  timings.synced = performance.now();
  window.kgExplorer = {
    network: network, nodes: nodesDS, edges: edgesDS, data: data,
    search: search, select: select, focusOn: focusOn, expand: expand, overview: overview,
    setLayout: setLayout, viewCsv: viewCsv, viewPng: viewPng, loadChunk: loadChunk,
    chunkState: chunkState, labelled: function () { return Array.from(labelled).sort(function (a, b) { return a - b; }); },
    idOf: function (entityId) { for (var i = 0; i < N.length; i++) if (N[i].id === entityId) return i; return -1; }
  };
})();
