/* The diplomacy-kg network viewer. Every string in DATA is untrusted: it is written
   to the page with textContent / createTextNode only, never as markup. */
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('kg-data').textContent);
  var KINDS = DATA.kinds;
  var nodes = DATA.nodes, edges = DATA.edges, IX = DATA.interactions;
  var byId = {};
  nodes.forEach(function (n) { byId[n.id] = n; });
  var incident = {};  // node id → edge ids
  edges.forEach(function (e) {
    (incident[e.from] = incident[e.from] || []).push(e.id);
    (incident[e.to] = incident[e.to] || []).push(e.id);
  });

  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }
  function fold(s) {
    return String(s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function startOf(d) {  // partial ISO dates compare by their first day
    if (!d) return '';
    return d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d;
  }
  function safeUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }
  function ixDate(i) { return IX[i][0]; }
  function ixKind(i) { return KINDS[IX[i][1]] || 'interaction'; }
  function ixPlace(i) { return IX[i][2] >= 0 ? DATA.places[IX[i][2]] : null; }
  function ixRelease(i) { return IX[i][3] >= 0 ? DATA.releases[IX[i][3]] : null; }
  function ixSentence(i) { return IX[i][4] >= 0 ? DATA.sentences[IX[i][4]] : null; }
  function span(d0, d1) { return !d0 ? '' : (d1 && d1 !== d0 ? d0 + ' – ' + d1 : d0); }

  // --- vis data --------------------------------------------------------------------
  function nodeTitle(n) {
    var lines = [n.name, n.kind + (n.countryLabel && n.kind !== 'state' ? ' · ' + n.countryLabel : '')];
    if (n.offices.length) lines.push(n.offices[0][0] + (n.offices[0][1] ? ', ' + n.offices[0][1] : ''));
    lines.push(n.n + ' interaction' + (n.n === 1 ? '' : 's') + ' · ' + n.deg + ' counterpart' + (n.deg === 1 ? '' : 's'));
    return lines.join('\n');
  }
  function edgeTitle(e) {
    var a = byId[e.from].name, b = byId[e.to].name;
    if (e.kind === 'affiliation') return a + ' — ' + b + '\naffiliation';
    var lines = [a + ' — ' + b, e.value + ' interaction' + (e.value === 1 ? '' : 's')];
    e.ix.slice(0, 10).forEach(function (i) {
      var r = ixRelease(i), p = ixPlace(i);
      lines.push([ixDate(i) || 'undated', ixKind(i), p, r ? (r[1] || r[0]) : null]
        .filter(Boolean).join(' · '));
    });
    if (e.ix.length > 10) lines.push('… and ' + (e.ix.length - 10) + ' more');
    return lines.join('\n');
  }
  function dominantKind(e) {
    var c = {}, best = null;
    e.ix.forEach(function (i) { var k = ixKind(i); c[k] = (c[k] || 0) + 1; if (!best || c[k] > c[best]) best = k; });
    return best || 'meeting';
  }
  // The busiest actors last, so that they and their labels are drawn on top.
  var drawOrder = nodes.slice().sort(function (a, b) { return a.n - b.n || a.id - b.id; });
  var visNodes = new vis.DataSet(drawOrder.map(function (n) {
    var o = { id: n.id, label: n.label, shape: n.shape, color: n.color, value: n.value, title: nodeTitle(n) };
    if (n.x !== undefined) { o.x = n.x; o.y = n.y; }
    return o;
  }));
  var visEdges = new vis.DataSet(edges.map(function (e) {
    var aff = e.kind === 'affiliation';
    var colour = DATA.kindColours[aff ? 'affiliation' : dominantKind(e)];
    return {
      id: e.id, from: e.from, to: e.to, value: aff ? 1 : e.value, title: edgeTitle(e),
      dashes: aff, color: { color: colour, highlight: '#222', opacity: aff ? 0.8 : 0.65 }
    };
  }));

  // --- filters ---------------------------------------------------------------------
  var state = { from: '', to: '', kinds: {}, country: '', affiliations: true };
  KINDS.forEach(function (k) { state.kinds[k] = true; });
  var nodeOn = new Uint8Array(nodes.length ? nodes[nodes.length - 1].id + 1 : 0);
  var edgeOn = new Uint8Array(edges.length);
  function filtering() {
    return state.from || state.to || state.country || KINDS.some(function (k) { return !state.kinds[k]; });
  }
  function ixPasses(i) {
    if (!state.kinds[ixKind(i)]) return false;
    if (state.from || state.to) {
      var d = startOf(ixDate(i));
      if (!d || (state.from && d < state.from) || (state.to && d > state.to)) return false;
    }
    return true;
  }
  function compute() {
    var active = filtering();
    nodeOn.fill(active ? 0 : 1);
    edges.forEach(function (e) {
      if (e.kind === 'affiliation') return;
      var ok = e.ix.some(ixPasses);
      if (ok && state.country) ok = byId[e.from].country === state.country || byId[e.to].country === state.country;
      edgeOn[e.id] = ok ? 1 : 0;
      if (ok) { nodeOn[e.from] = 1; nodeOn[e.to] = 1; }
    });
    edges.forEach(function (e) {  // a shown person brings their state along
      if (e.kind !== 'affiliation') return;
      var person = byId[e.from].kind === 'person' ? e.from : e.to;
      var ok = state.affiliations && nodeOn[person];
      edgeOn[e.id] = ok ? 1 : 0;
      if (ok) { nodeOn[e.from] = 1; nodeOn[e.to] = 1; }
    });
  }
  compute();
  var nodeView = new vis.DataView(visNodes, { filter: function (n) { return nodeOn[n.id] === 1; } });
  var edgeView = new vis.DataView(visEdges, { filter: function (e) { return edgeOn[e.id] === 1; } });

  var big = !DATA.physics;
  var container = document.getElementById('network');
  // Zoomed out to the whole of a big graph, only labels this large are readable: the
  // busiest actors get them, the rest appear as one zooms in (capped by maxVisible).
  var fitScale = Math.max(Math.min(container.clientWidth, container.clientHeight), 300) / Math.max(DATA.extent, 1);
  var labelMax = big ? Math.max(26, 16 / fitScale) : 26, nodeMax = big ? Math.max(42, 10 / fitScale) : 42;
  var options = {
    autoResize: true,
    nodes: {
      font: { size: 14, face: 'system-ui, sans-serif', color: '#1f2328', strokeWidth: 3, strokeColor: '#ffffff' },
      borderWidth: 1,
      scaling: { min: 8, max: nodeMax, label: { enabled: true, min: 15, max: labelMax, maxVisible: 26, drawThreshold: big ? 7 : 4 } }
    },
    edges: { scaling: { min: 1, max: 9 }, smooth: big ? false : { type: 'continuous' }, selectionWidth: 2 },
    layout: { improvedLayout: !big && nodes.length <= 150, randomSeed: 7 },
    interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big, navigationButtons: false },
    physics: DATA.physics ? {
      enabled: true, solver: 'forceAtlas2Based',
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 110, avoidOverlap: 0.4 },
      stabilization: { enabled: true, iterations: 250, fit: true }
    } : false
  };
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  window.network = network;
  window.kgViewer = { data: DATA, nodeView: nodeView, edgeView: edgeView };
  network.once('afterDrawing', function () { window.kgFirstFrameMs = performance.now(); });
  if (DATA.physics) {
    network.once('stabilizationIterationsDone', function () { network.setOptions({ physics: false }); });
  }

  // --- header and controls ---------------------------------------------------------
  function summarise() {
    document.getElementById('summary').textContent =
      nodeView.length + ' of ' + nodes.length + ' actors · ' + edgeView.length + ' links';
  }
  summarise();
  var m = DATA.meta || {}, scope = [];
  if (m.focus && m.focus.length) scope.push('focus: ' + m.focus.join(', ') + ' (depth ' + m.depth + ')');
  if (m.since || m.until) scope.push('dates: ' + (m.since || '…') + ' – ' + (m.until || '…'));
  if (m.kinds) scope.push('kinds: ' + m.kinds.join(', '));
  if (m.countries) scope.push('countries: ' + m.countries.join(', '));
  document.getElementById('scope').textContent = scope.join(' · ');

  var nodeLegend = document.getElementById('node-legend'), present = {};
  nodes.forEach(function (n) { present[n.kind] = 1; });
  Object.keys(DATA.nodeStyles).forEach(function (kind) {
    if (!present[kind] && kind === 'initiative') return;
    var style = DATA.nodeStyles[kind], li = el('li'), sw = el('span', null, 'sw ' + style[0]);
    if (style[0] === 'triangle') sw.style.borderBottomColor = style[1]; else sw.style.background = style[1];
    li.appendChild(sw); li.appendChild(document.createTextNode(kind)); nodeLegend.appendChild(li);
  });
  var kindsBox = document.getElementById('kinds'), edgeLegend = document.getElementById('edge-legend');
  KINDS.forEach(function (k) {
    var lab = el('label'), box = el('input'), sw = el('span', null, 'kind-swatch');
    box.type = 'checkbox'; box.checked = true; box.value = k;
    sw.style.background = DATA.kindColours[k];
    box.addEventListener('change', function () { state.kinds[k] = box.checked; apply(); });
    lab.appendChild(box); lab.appendChild(sw); lab.appendChild(document.createTextNode(k));
    kindsBox.appendChild(lab);
    var li = el('li'), line = el('span', null, 'sw line');
    line.style.background = DATA.kindColours[k];
    li.appendChild(line); li.appendChild(document.createTextNode(k)); edgeLegend.appendChild(li);
  });
  var affLi = el('li'); affLi.appendChild(el('span', null, 'sw dashed'));
  affLi.appendChild(document.createTextNode('affiliation (person – state)')); edgeLegend.appendChild(affLi);

  var countrySel = document.getElementById('country');
  DATA.countries.forEach(function (c) { countrySel.appendChild(new Option(c[1] + ' (' + c[0] + ')', c[0])); });
  countrySel.addEventListener('change', function () { state.country = countrySel.value; apply(); });
  var dateFrom = document.getElementById('date-from'), dateTo = document.getElementById('date-to');
  var dated = IX.map(function (x) { return startOf(x[0]); }).filter(Boolean).sort();
  if (dated.length) { dateFrom.min = dateTo.min = dated[0]; dateFrom.max = dateTo.max = dated[dated.length - 1]; }
  dateFrom.addEventListener('change', function () { state.from = dateFrom.value; apply(); });
  dateTo.addEventListener('change', function () { state.to = dateTo.value; apply(); });
  var aff = document.getElementById('affiliations');
  aff.addEventListener('change', function () { state.affiliations = aff.checked; apply(); });
  document.getElementById('reset').addEventListener('click', function () {
    state.from = state.to = state.country = ''; state.affiliations = true;
    dateFrom.value = dateTo.value = ''; countrySel.value = ''; aff.checked = true;
    kindsBox.querySelectorAll('input').forEach(function (b) { b.checked = true; state.kinds[b.value] = true; });
    apply();
  });
  function apply() { compute(); nodeView.refresh(); edgeView.refresh(); summarise(); }

  // --- search ----------------------------------------------------------------------
  var search = document.getElementById('search'), matches = document.getElementById('matches');
  var folded = nodes.map(function (n) { return fold(n.name); });
  function select(id) {
    if (!nodeOn[id]) { document.getElementById('reset').click(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 400 } });
    showNode(id);
  }
  search.addEventListener('input', function () {
    matches.textContent = '';
    var q = fold(search.value).trim();
    if (!q) return;
    var hits = [];
    nodes.forEach(function (n, i) { if (folded[i].indexOf(q) >= 0) hits.push(n); });
    hits.sort(function (a, b) { return b.n - a.n || (a.name < b.name ? -1 : 1); });
    hits.slice(0, 15).forEach(function (n) {
      var li = el('li'), b = el('button', n.name + ' (' + n.kind + ')');
      b.type = 'button';
      b.addEventListener('click', function () { select(n.id); });
      li.appendChild(b); matches.appendChild(li);
    });
    if (!hits.length) matches.appendChild(el('li', 'no match', 'hint'));
  });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { var b = matches.querySelector('button'); if (b) b.click(); }
  });

  // --- the side panel --------------------------------------------------------------
  var panel = document.getElementById('panel');
  function source(li, r, sentence) {
    if (sentence) li.appendChild(el('blockquote', sentence));
    if (!r) return;
    var url = safeUrl(r[2]);
    if (url) {
      var a = el('a', 'Release: ' + (r[1] || r[0]));
      a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer';
      li.appendChild(a);
    } else li.appendChild(el('span', 'Release: ' + (r[1] || r[0]), 'when'));
  }
  function sources(list, ixs, skip) {
    var seen = {}, items = [];
    ixs.forEach(function (pair) { if (!seen[pair[0]]) { seen[pair[0]] = 1; items.push(pair); } });
    items.sort(function (a, b) { return (ixDate(b[0]) || '') < (ixDate(a[0]) || '') ? -1 : 1; });
    items.slice(0, 200).forEach(function (pair) {
      var i = pair[0], li = el('li'), p = ixPlace(i);
      var head = [ixDate(i) || 'undated', ixKind(i)];
      if (pair[1] !== null && pair[1] !== skip) head.push('with ' + byId[pair[1]].name);
      if (p) head.push('in ' + p);
      li.appendChild(el('div', head.join(' · '), 'when'));
      source(li, ixRelease(i), ixSentence(i));
      (IX[i][6] || []).forEach(function (more) {  // the same interaction, reported again
        source(li, more[0] >= 0 ? DATA.releases[more[0]] : null, more[1] >= 0 ? DATA.sentences[more[1]] : null);
      });
      list.appendChild(li);
    });
    if (items.length > 200) list.appendChild(el('li', '… and ' + (items.length - 200) + ' more', 'hint'));
  }
  function showNode(id) {
    var n = byId[id];
    panel.textContent = '';
    panel.appendChild(el('h2', n.name, 'name'));
    var sub = n.kind + (n.countryLabel && n.kind !== 'state' ? ' · ' + n.countryLabel : '');
    panel.appendChild(el('div', sub, 'when'));
    panel.appendChild(el('p', n.n + ' interaction' + (n.n === 1 ? '' : 's') + ' with ' + n.deg +
      ' counterpart' + (n.deg === 1 ? '' : 's')));
    if (n.offices.length) {
      panel.appendChild(el('h3', 'Offices'));
      var t = el('table');
      n.offices.forEach(function (o) {
        var tr = el('tr');
        tr.appendChild(el('td', o[0] + (o[1] ? ', ' + o[1] : '')));
        tr.appendChild(el('td', span(o[2], o[3]), 'when'));
        t.appendChild(tr);
      });
      panel.appendChild(t);
    }
    if (n.initiatives.length) {
      panel.appendChild(el('h3', 'Initiatives proposed'));
      var ul = el('ul');
      n.initiatives.forEach(function (x) { ul.appendChild(el('li', x)); });
      panel.appendChild(ul);
    }
    var counterparts = [], ixs = [];
    (incident[id] || []).forEach(function (eid) {
      var e = edges[eid], other = e.from === id ? e.to : e.from;
      if (e.kind !== 'affiliation') counterparts.push([other, e.value, e.affiliation]);
      else counterparts.push([other, 0, true]);
      e.ix.forEach(function (i) { if (ixPasses(i)) ixs.push([i, other]); });
    });
    if (counterparts.length) {
      panel.appendChild(el('h3', 'Counterparts'));
      counterparts.sort(function (a, b) { return b[1] - a[1] || (byId[a[0]].name < byId[b[0]].name ? -1 : 1); });
      var cl = el('ul');
      counterparts.slice(0, 100).forEach(function (c) {
        var li = el('li'), b = el('button', byId[c[0]].name, 'linkish');
        b.type = 'button';
        b.addEventListener('click', function () { select(c[0]); });
        li.appendChild(b);
        li.appendChild(document.createTextNode(c[1] ? ' (' + c[1] + ')' : ' (affiliation)'));
        cl.appendChild(li);
      });
      panel.appendChild(cl);
    }
    if (ixs.length) {
      panel.appendChild(el('h3', 'Sources'));
      var sl = el('ul', null, 'sources');
      sources(sl, ixs, id);
      panel.appendChild(sl);
    }
  }
  function showEdge(eid) {
    var e = edges[eid];
    panel.textContent = '';
    panel.appendChild(el('h2', byId[e.from].name + ' — ' + byId[e.to].name, 'name'));
    if (e.kind === 'affiliation') { panel.appendChild(el('p', 'affiliation: the person acts for this state')); return; }
    panel.appendChild(el('p', e.value + ' interaction' + (e.value === 1 ? '' : 's')));
    var sl = el('ul', null, 'sources');
    sources(sl, e.ix.map(function (i) { return [i, null]; }), null);
    panel.appendChild(sl);
  }
  network.on('click', function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
})();
