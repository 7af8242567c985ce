"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("gg-data").textContent);
  const GREY = "#e0e0e0";
  const byId = function (id) { return document.getElementById(id); };

  function tooltip(text) {  // plain text only: document text never becomes markup
    const box = document.createElement("div");
    box.textContent = text;
    return box;
  }

  const nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    return Object.assign({}, n.vis, { id: n.id, title: tooltip(n.tip) });
  }));
  const edges = new vis.DataSet(DATA.edges.map(function (e, i) {
    return Object.assign({}, e.vis, { id: "e" + i, from: e.from, to: e.to, title: tooltip(e.tip) });
  }));
  const info = {};
  DATA.nodes.forEach(function (n) { info[n.id] = n; });
  const container = byId("gg-network");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);

  const state = { ready: false, highlighted: [], visible: DATA.nodes.length, matches: [], focus: DATA.focus || null,
                  visibleEdges: DATA.edges.length };
  function centre() {  // the map's own node (an ego map's actor) in the middle of the view
    if (state.focus && info[state.focus]) network.moveTo({ position: network.getPosition(state.focus), animation: false });
  }
  function markReady() {
    if (state.ready) return;
    state.ready = true;
    state.readyAt = performance.now();  // milliseconds since navigation: the network drawn once
    document.body.dataset.ready = "true";
  }
  if (DATA.options.physics && DATA.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      centre();
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.fit({ animation: false });
    centre();
    network.once("afterDrawing", markReady);
  }

  function highlight(id) {
    const keep = new Set(id === null ? [] : [id].concat(network.getConnectedNodes(id)));
    nodes.update(DATA.nodes.map(function (n) {
      const dim = id !== null && !keep.has(n.id);
      return { id: n.id, color: dim ? { background: GREY, border: GREY } : n.vis.color,
               font: { color: dim ? "#bdbdbd" : "#212121" } };
    }));
    state.highlighted = Array.from(keep).sort();
    const details = byId("gg-details");
    if (details) details.textContent = id === null ? "Click a node to highlight its neighbourhood." : info[id].tip;
  }

  network.on("click", function (params) {
    highlight(params.nodes.length ? params.nodes[0] : null);
  });

  // search: names, acronyms and aliases, any case
  const search = byId("gg-search");
  const matchList = byId("gg-matches");
  function find(text) {
    const q = text.trim().toLowerCase();
    if (!q) return [];
    return DATA.nodes.filter(function (n) { return n.search.some(function (s) { return s.indexOf(q) >= 0; }); })
      .map(function (n) { return n.id; });
  }
  function focus(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    highlight(id);
  }
  if (search && matchList) {
    search.addEventListener("input", function () {
      state.matches = find(search.value);
      matchList.replaceChildren();
      state.matches.slice(0, 50).forEach(function (id) {
        const item = document.createElement("li");
        item.textContent = info[id].name;
        item.addEventListener("click", function () { focus(id); });
        matchList.appendChild(item);
      });
      if (state.matches.length) focus(state.matches[0]);
    });
  }

  // filters: class families (legend), relation types (legend), component, place
  const hiddenFamilies = new Set();
  const hiddenRelations = new Set();
  function checkboxes(holder, items, key, hidden) {
    if (!holder) return;
    items.forEach(function (item) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox"; box.checked = true; box.dataset[key] = item.label;
      const swatch = document.createElement("span");
      swatch.className = "gg-swatch"; swatch.style.background = item.colour;
      const text = document.createElement("span");
      text.textContent = item.label + " (" + item.count + ")";
      box.addEventListener("change", function () {
        if (box.checked) hidden.delete(item.label); else hidden.add(item.label);
        applyFilters();
      });
      label.append(box, swatch, text);
      holder.appendChild(label);
    });
  }
  checkboxes(byId("gg-legend"), DATA.legend, "family", hiddenFamilies);
  checkboxes(byId("gg-relations"), DATA.relations || [], "relation", hiddenRelations);
  function fill(select, values) {
    if (!select) return;
    values.forEach(function (v) {
      const option = document.createElement("option");
      option.value = v; option.textContent = v;
      select.appendChild(option);
    });
    select.addEventListener("change", applyFilters);
  }
  const component = byId("gg-component");
  const place = byId("gg-place");
  fill(component, DATA.components);
  fill(place, DATA.places);
  function applyFilters() {
    // classes and component hide nodes; a place keeps the nodes there and what they link to (the
    // programme a pilot belongs to...); a relation type hides its edges; a filter that leaves a node
    // without any drawn edge hides it too (no isolated dots); the view then re-fits what is left
    const componentValue = component ? component.value : "";
    const placeValue = place ? place.value : "";
    const base = new Set();
    DATA.nodes.forEach(function (n) {
      if (!hiddenFamilies.has(n.family) && !(componentValue && n.components.indexOf(componentValue) < 0)) base.add(n.id);
    });
    const core = new Set();
    DATA.nodes.forEach(function (n) {
      if (base.has(n.id) && (!placeValue || n.places.indexOf(placeValue) >= 0)) core.add(n.id);
    });
    const linked = new Set();
    const edgeUpdates = DATA.edges.map(function (e, i) {
      const ends = base.has(e.from) && base.has(e.to) && (core.has(e.from) || core.has(e.to));
      const hidden = hiddenRelations.has(e.relation) || !ends;
      if (!hidden) { linked.add(e.from); linked.add(e.to); }
      return { id: "e" + i, hidden: hidden };
    });
    const pruned = (placeValue || hiddenRelations.size > 0) && DATA.edges.length > 0;
    let visible = 0;
    nodes.update(DATA.nodes.map(function (n) {
      let shown = core.has(n.id) || (placeValue && linked.has(n.id));
      if (pruned && !linked.has(n.id) && n.id !== state.focus) shown = false;
      if (shown) visible += 1;
      return { id: n.id, hidden: !shown };
    }));
    edges.update(edgeUpdates);
    state.visible = visible;
    state.visibleEdges = edgeUpdates.filter(function (e) { return !e.hidden; }).length;
    const ids = DATA.nodes.filter(function (n) { return !nodes.get(n.id).hidden; }).map(function (n) { return n.id; });
    if (ids.length) network.fit({ nodes: ids, animation: false });
  }

  window.gapgraph = {
    network: network, nodes: nodes, edges: edges, state: state, highlight: highlight, find: find,
    drawn: function () {
      const body = network.body;
      return { nodes: body.nodeIndices.length, edges: body.edgeIndices.length };
    },
    position: function (id) {  // where a node is on the page, to click it
      const p = network.canvasToDOM(network.getPosition(id));
      const box = container.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
  };
})();
