/* govkg explorer.  Reads the embedded JSON and drives vis-network.
 * Every piece of document text reaches the DOM through textContent (or canvas labels), never
 * HTML parsing, so markup inside a news article shows as text and runs nothing. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var N = data.nodes, E = data.edges, T = data.types;

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

  // ------------------------------------------------------------------ indexes
  var adj = N.map(function () { return []; });
  E.forEach(function (e, k) { adj[e[0]].push(k); if (e[1] !== e[0]) adj[e[1]].push(k); });
  var keys = N.map(function (n) { return [norm(n.n)].concat(n.a.map(norm)); });
  var typeCount = T.map(function () { return 0; });
  N.forEach(function (n) { typeCount[n.t] += 1; });

  function neighbours(i) {
    return adj[i].map(function (k) { return E[k][0] === i ? E[k][1] : E[k][0]; });
  }

  // ------------------------------------------------------------------ state
  var core = [];
  N.forEach(function (n, i) { if (n.k) core.push(i); });
  var shown = new Set(core);
  var hiddenTypes = new Set();
  var selected = null;

  var LABEL_MAX = 12;  // longer names are cut on the canvas (hover and the panel show them whole)
  function visible(i) { return shown.has(i) && !hiddenTypes.has(N[i].t); }

  function visNode(i) {
    var n = N[i], style = T[n.t], colour = style[1];
    var chars = Array.from(n.n);
    return {
      id: i, label: chars.length > LABEL_MAX ? chars.slice(0, LABEL_MAX - 1).join("") + "…" : n.n,
      title: el("div", { text: n.n + " · " + style[0] + (n.c ? " · " + n.c : "") }),
      x: n.x, y: n.y, shape: style[2], size: n.s,
      color: { background: colour, border: darken(colour, 0.72),
               highlight: { background: colour, border: "#111827" },
               hover: { background: colour, border: "#111827" } },
      font: { size: n.s > 20 ? 19 : 16 }
    };
  }
  // Edge labels (the predicate) on every edge in small graphs; in big ones only on the edges
  // of the selected node, so thousands of labels don't bury the nodes.
  var labelAll = E.length <= 600;
  var labelled = [];
  function visEdge(k) {
    var e = E[k];
    return { id: k, from: e[0], to: e[1], label: labelAll ? e[2] : "" };
  }
  function labelEdgesOf(i) {
    if (labelAll) return;
    var upd = labelled.filter(function (k) { return edgesDS.get(k); }).map(function (k) { return { id: k, label: "" }; });
    labelled = i === null ? [] : adj[i].filter(function (k) { return edgesDS.get(k); });
    labelled.forEach(function (k) { upd.push({ id: k, label: E[k][2] }); });
    if (upd.length) edgesDS.update(upd);
  }

  var nodesDS = new vis.DataSet();
  var edgesDS = new vis.DataSet();

  /* Bring the DataSets in line with `shown` and the type filter (add/remove only the difference). */
  function sync() {
    var wantN = [], have = new Set(nodesDS.getIds());
    shown.forEach(function (i) { if (visible(i)) wantN.push(i); });
    var wantSet = new Set(wantN);
    var dropN = [];
    have.forEach(function (i) { if (!wantSet.has(i)) dropN.push(i); });
    var addN = wantN.filter(function (i) { return !have.has(i); }).sort(function (a, b) { return a - b; });
    var wantE = new Set();
    wantN.forEach(function (i) {
      adj[i].forEach(function (k) { if (wantSet.has(E[k][0]) && wantSet.has(E[k][1])) wantE.add(k); });
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
    if (!labelAll && selected !== null) labelEdgesOf(selected);
    status();
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
      scaling: { label: { enabled: false } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.55 } },
      color: { color: "#b4bdc8", highlight: "#2f6fb0", hover: "#7d8a99", inherit: false },
      width: 1.2, selectionWidth: 0.8, smooth: false,
      font: { face: getComputedStyle(document.body).fontFamily, size: 11, color: "#6b7785",
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

  var typesEl = document.getElementById("types");
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
  var TYPE_ZH = { Place: "地点", Agency: "机构", Organization: "组织", Programme: "项目", Person: "人物" };
  T.forEach(function (t, ti) {
    var box = el("input", { type: "checkbox", "data-type": t[0] });
    box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) hiddenTypes.delete(ti); else hiddenTypes.add(ti);
      if (selected !== null && !visible(selected)) closePanel();
      sync();
    });
    typesEl.appendChild(el("li", { className: typeCount[ti] ? "" : "empty" }, [
      el("label", null, [box, swatch(t[2], t[1]),
        el("span", { text: (TYPE_ZH[t[0]] ? TYPE_ZH[t[0]] + " " : "") + t[0] }),
        el("span", { className: "count", text: String(typeCount[ti]) })])
    ]));
  });
  function setTypeVisible(ti) {
    if (!hiddenTypes.has(ti)) return;
    hiddenTypes.delete(ti);
    var box = typesEl.querySelectorAll("input")[ti];
    if (box) box.checked = true;
  }

  // ------------------------------------------------------------------ panel
  var panel = document.getElementById("panel"), body = document.getElementById("panel-body");
  document.getElementById("close").addEventListener("click", function () { closePanel(); network.unselectAll(); });
  function closePanel() { panel.hidden = true; selected = null; }

  function quoteEl(ev) {
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
    return el("li", null, [q, el("span", { className: "src", text: ev[0] })]);
  }
  function evidenceList(list, total) {
    var out = [el("ol", { className: "evidence" }, list.map(quoteEl))];
    if (total > list.length) out.push(el("p", { className: "more", text: "另有 " + (total - list.length) + " 条未列出 (" + total + " in total)" }));
    return out;
  }
  function nodeLink(i) {
    return el("a", { className: "node-link", href: "#", text: N[i].n,
                     onclick: function (ev) { ev.preventDefault(); select(i, true); } });
  }
  function badge(ti) { return el("span", { className: "badge", style: "background:" + T[ti][1], text: T[ti][0] }); }

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
      body.appendChild(el("ul", { className: "rels" }, adj[i].slice(0, 200).map(function (k) {
        var e = E[k];
        var line = e[0] === i
          ? [el("span", { className: "pred", text: e[2] + " → " }), nodeLink(e[1])]
          : [el("span", { className: "pred", text: "← " + e[2] + " " }), nodeLink(e[0])];
        return el("li", null, line);
      })));
    }
    if (n.m.length) {
      body.appendChild(el("h3", { text: "指标 Metrics (" + n.m.length + ")" }));
      var rows = n.m.map(function (m) {
        return el("tr", { title: m[5] }, [
          el("td", { text: m[0] }),
          el("td", { className: "num", text: (m[3] ? "≈ " : "") + fmtNumber(m[1]) }),
          el("td", { text: m[2] }),
          el("td", { text: m[3] ? "约 approx" : "" }),
          el("td", { text: m[4] || "" })]);
      });
      body.appendChild(el("table", { className: "metrics" }, [
        el("thead", null, [el("tr", null, ["指标 indicator", "数值 value", "单位 unit", "近似 approx", "时期 period"].map(function (h) { return el("th", { text: h }); }))]),
        el("tbody", null, rows)]));
      var mev = [];
      n.m.forEach(function (m) { m[6].forEach(function (ev) { mev.push(ev); }); });
      if (mev.length) {
        body.appendChild(el("h3", { text: "指标出处 Metric sources" }));
        evidenceList(mev, mev.length).forEach(function (x) { body.appendChild(x); });
      }
    }
    body.appendChild(el("h3", { text: "原文 Source sentences (" + n.ne + ")" }));
    evidenceList(n.e, n.ne).forEach(function (x) { body.appendChild(x); });
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  function showEdge(k) {
    var e = E[k];
    clear(body);
    body.appendChild(el("h2", { text: e[2] }));
    body.appendChild(el("p", null, [nodeLink(e[0]), el("span", { className: "pred", text: "  —" + e[2] + "→  " }), nodeLink(e[1])]));
    body.appendChild(el("h3", { text: "原文 Evidence (" + e[4] + ")" }));
    evidenceList(e[3], e[4]).forEach(function (x) { body.appendChild(x); });
    selected = null;
    panel.hidden = false;
  }

  // ------------------------------------------------------------------ actions
  function select(i, focus) {
    setTypeVisible(N[i].t);
    if (!shown.has(i)) shown.add(i);
    sync();
    selected = i;
    network.selectNodes([i]);
    labelEdgesOf(i);
    showNode(i);
    network.setSize("100%", "100%");  // the panel narrowed the canvas: resize before moving
    var p = network.canvasToDOM(network.getPositions([i])[i]);
    var box = document.getElementById("graph").getBoundingClientRect();
    var outside = p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.y > box.height - 20;
    if (focus) network.focus(i, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 250 } });
    else if (outside) network.focus(i, { animation: { duration: 250 } });
  }
  function fitShown() {
    network.fit({ nodes: nodesDS.getIds(), animation: false });
    if (network.getScale() > 1.2) network.moveTo({ scale: 1.2 });  // small graphs: don't blow up
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
    sync();
    fitShown();
  }

  network.on("click", function (p) {
    if (p.nodes.length) select(p.nodes[0], false);
    else if (p.edges.length) showEdge(p.edges[0]);
    else { closePanel(); labelEdgesOf(null); }
  });
  network.on("doubleClick", function (p) { if (p.nodes.length) expandNode(p.nodes[0]); });

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && ev.target !== input && !panel.hidden) { closePanel(); network.unselectAll(); labelEdgesOf(null); }
  });
  document.getElementById("overview").addEventListener("click", overview);
  document.getElementById("fit").addEventListener("click", fitShown);
  document.getElementById("physics").addEventListener("change", function (ev) {
    network.setOptions({ physics: { enabled: ev.target.checked } });
  });

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
  sync();
  fitShown();
  window.kgExplorer = {
    network: network, nodes: nodesDS, edges: edgesDS, data: data,
    search: search, select: select, focusOn: focusOn, expand: expand, overview: overview,
    idOf: function (entityId) { for (var i = 0; i < N.length; i++) if (N[i].id === entityId) return i; return -1; }
  };
})();
