/* Part 4 of 4: the network and the controls. Positions come from Python and never
   change under filters (filters hide, the cap hides, nothing is re-laid out); Reset
   puts back what was dragged, clears filters and expansions, and restores the view. */
function nodeTitle(n) {
  var lines = [n.name, n.kind + (n.countryLabel && n.kind !== 'state' ? ' · ' + n.countryLabel : '')];
  if (n.offices.length) lines.push(n.offices[0][0] + (n.offices[0][1] ? ', ' + n.offices[0][1] : ''));
  lines.push(plural(n.n, 'interaction') + ' · ' + plural(n.deg, 'counterpart'));
  return lines.join('\n');
}
function edgeTitle(e) {
  var a = byId[e.from].name, b = byId[e.to].name;
  if (e.kind === 'affiliation') return a + ' — ' + b + '\naffiliation';
  var lines = [a + ' — ' + b, plural(e.value, 'interaction')];
  e.ix.slice(0, 10).forEach(function (i) {
    var r = ixRelease(i), p = ixPlace(i);
    lines.push([ixDate(i) || 'undated', ixKind(i), p, r ? (r[1] || r[0]) : null].filter(Boolean).join(' · '));
  });
  if (e.ix.length > 10) lines.push('… and ' + (e.ix.length - 10) + ' more');
  return lines.join('\n');
}
function dominantKind(e) {
  var c = {}, best = null;
  e.ix.forEach(function (i) { var k = ixKind(i); c[k] = (c[k] || 0) + 1; if (!best || c[k] > c[best]) best = k; });
  return best || 'meeting';
}
function isFocus(id) { return DATA.focus.indexOf(id) >= 0; }
function nodeItem(n, dim) {
  var focus = isFocus(n.id);
  return {
    id: n.id, shape: n.shape, size: n.size, x: n.x, y: n.y, title: nodeTitle(n), opacity: dim ? 0.18 : 1,
    color: { background: communityColour(n), border: focus ? '#111' : '#ffffff',
             highlight: { background: communityColour(n), border: '#111' } },
    borderWidth: focus ? 5 : 1, borderWidthSelected: focus ? 6 : 3
  };
}
var edgeColours = {};
function edgeItem(e, dim) {
  var aff = e.kind === 'affiliation', colour = edgeColours[e.id] || DATA.kindColours[aff ? 'affiliation' : dominantKind(e)];
  edgeColours[e.id] = colour;
  return { id: e.id, from: e.from, to: e.to, width: aff ? 1 : Math.min(9, 1 + Math.sqrt(e.value)), dashes: aff,
           color: { color: colour, highlight: '#222', opacity: dim ? 0.06 : (aff ? 0.8 : 0.6) } };
}
// The busiest actors last, so that they are drawn on top.
var drawOrder = nodes.slice().sort(function (a, b) { return b.r - a.r; });
var visNodes = new vis.DataSet(drawOrder.map(function (n) { return nodeItem(n, false); }));
var visEdges = new vis.DataSet(edges.map(function (e) { var o = edgeItem(e, false); o.title = edgeTitle(e); return o; }));
compute();
var nodeView = new vis.DataView(visNodes, { filter: function (n) { return shown[n.id] === 1; } });
var edgeView = new vis.DataView(visEdges, { filter: function (e) { return edgeShown[e.id] === 1; } });

var container = document.getElementById('network');
var many = nodes.length > 1500;
var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
  autoResize: true,
  nodes: { font: { size: 0 }, borderWidth: 1 },
  edges: { smooth: false, selectionWidth: 2 },
  layout: { improvedLayout: false, randomSeed: 7 },
  interaction: { hover: !many, tooltipDelay: 150, hideEdgesOnDrag: many, hideEdgesOnZoom: many },
  physics: false
});
window.network = network;
// Label priority: what is pinned (selection, neighbours, focus), then the most connected.
function labelOrder() {
  var ids = nodeView.getIds();
  ids.sort(function (a, b) { return (pinned[b] || 0) - (pinned[a] || 0) || byId[a].r - byId[b].r; });
  return ids;
}
var order = null;
network.on('afterDrawing', function (ctx) { drawLabels(network, ctx, order || (order = labelOrder())); });
network.once('afterDrawing', function () { window.kgFirstFrameMs = performance.now(); });

// --- the view: fit, or centre on the focus actors -----------------------------------
function home(animate) {
  var anim = animate ? { duration: 300 } : false;
  network.fit({ nodes: nodeView.getIds(), animation: anim });
  var f = DATA.focus.filter(function (id) { return shown[id]; });
  if (f.length) {
    var p = network.getPositions(f), x = 0, y = 0;
    f.forEach(function (id) { x += p[id].x; y += p[id].y; });
    network.moveTo({ position: { x: x / f.length, y: y / f.length }, scale: network.getScale(), animation: anim });
  }
}
home(false);

// --- selection: the neighbourhood stands out, the rest fades --------------------------
var dimmed = false;
function highlight(ids) {  // ids: node ids to keep bright, or null for none
  pinned = {};
  DATA.focus.forEach(function (id) { pinned[id] = 1; });
  if (!ids && !dimmed) { order = null; return; }
  var keep = {};
  (ids || []).forEach(function (id) { keep[id] = 1; pinned[id] = 1; });
  var ns = [], es = [];
  nodes.forEach(function (n) { if (shown[n.id]) ns.push(nodeItem(n, ids && !keep[n.id])); });
  edges.forEach(function (e) { if (edgeShown[e.id]) es.push(edgeItem(e, ids && !(keep[e.from] && keep[e.to]))); });
  visNodes.update(ns); visEdges.update(es);
  dimmed = !!ids;
  order = null;
}
function neighbourhood(id) {
  var out = [id];
  (incident[id] || []).forEach(function (eid) {
    if (edgeShown[eid]) out.push(edges[eid].from === id ? edges[eid].to : edges[eid].from);
  });
  return out;
}
function select(id) {
  if (!nodeOn[id]) resetFilters();
  if (!shown[id]) { expanded[id] = 1; apply(); }
  network.selectNodes([id]);
  highlight(neighbourhood(id));
  network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: { duration: 400 } });
  showNode(id);
}
function expand(ids) {
  ids.forEach(function (id) { expanded[id] = 1; });
  apply();
  if (current && current[0] === 'node') {
    network.selectNodes([current[1]]);
    highlight(neighbourhood(current[1]));
  }
}
network.on('click', function (p) {
  if (p.nodes.length) { highlight(neighbourhood(p.nodes[0])); showNode(p.nodes[0]); }
  else if (p.edges.length) { var e = edges[p.edges[0]]; highlight([e.from, e.to]); showEdge(p.edges[0]); }
  else { highlight(null); showNothing(); }
});
var dragged = {};
network.on('dragEnd', function (p) { p.nodes.forEach(function (id) { dragged[id] = 1; }); order = null; });
network.on('zoom', function () { order = null; });

// --- header, legend, controls -------------------------------------------------------
function summarise() {
  var passing = 0;
  nodes.forEach(function (n) { passing += nodeOn[n.id]; });
  document.getElementById('summary').textContent = nodeView.length + ' of ' + nodes.length + ' actors shown' +
    (passing > nodeView.length ? ' (' + passing + ' pass the filters; the most connected first)' : '') +
    ' · ' + edgeView.length + ' links';
}
var m = DATA.meta || {}, scope = [];
if (m.focus && m.focus.length) scope.push('focus: ' + m.focus.join(', ') + ' (depth ' + m.depth + ')');
if (m.since || m.until) scope.push('dates: ' + (m.since || '…') + ' – ' + (m.until || '…'));
if (m.kinds) scope.push('kinds: ' + m.kinds.join(', '));
if (m.countries) scope.push('countries: ' + m.countries.join(', '));
document.getElementById('scope').textContent = scope.join(' · ');

function legendItem(list, swatch, text) {
  var li = el('li');
  li.appendChild(swatch); li.appendChild(document.createTextNode(text)); list.appendChild(li);
  return li;
}
var nodeLegend = document.getElementById('node-legend'), present = {};
nodes.forEach(function (n) { present[n.kind] = 1; });
Object.keys(DATA.shapes).forEach(function (kind) {
  if (present[kind]) legendItem(nodeLegend, el('span', null, 'sw ' + DATA.shapes[kind]), kind);
});
var commLegend = document.getElementById('community-legend');
DATA.communities.slice(0, 8).forEach(function (c) {
  if (c[1] < 2) return;
  var sw = el('span', null, 'sw dot');
  sw.style.background = c[0];
  legendItem(commLegend, sw, c[2].join(', ') + (c[1] > 3 ? ' … (' + c[1] + ')' : ''));
});
var kindsBox = document.getElementById('kinds'), edgeLegend = document.getElementById('edge-legend');
KINDS.forEach(function (k) {
  var lab = el('label'), box = el('input'), sw = el('span', null, 'kind-swatch');
  box.type = 'checkbox'; box.checked = true; box.value = k;
  sw.style.background = DATA.kindColours[k];
  box.addEventListener('change', function () { state.kinds[k] = box.checked; apply(); });
  lab.appendChild(box); lab.appendChild(sw); lab.appendChild(document.createTextNode(k));
  kindsBox.appendChild(lab);
  var line = el('span', null, 'sw line');
  line.style.background = DATA.kindColours[k];
  legendItem(edgeLegend, line, k);
});
legendItem(edgeLegend, el('span', null, 'sw dashed'), 'affiliation (person – state)');

var countrySel = document.getElementById('country');
DATA.countries.forEach(function (c) { countrySel.appendChild(new Option(c[1] + ' (' + c[0] + ')', c[0])); });
countrySel.addEventListener('change', function () { state.country = countrySel.value; apply(); });
var topicSel = document.getElementById('topic'), topicTotals = {};
IX.forEach(function (row) { (row[7] || []).forEach(function (t) { topicTotals[t] = (topicTotals[t] || 0) + 1; }); });
DATA.topics.map(function (t, i) { return i; }).sort(function (a, b) { return topicTotals[b] - topicTotals[a] || a - b; })
  .forEach(function (i) { topicSel.appendChild(new Option(DATA.topics[i] + ' (' + (topicTotals[i] || 0) + ')', String(i))); });
topicSel.addEventListener('change', function () { state.topic = topicSel.value === '' ? -1 : Number(topicSel.value); apply(); });
function setTopic(t) { topicSel.value = String(t); state.topic = t; apply(); }
var aff = document.getElementById('affiliations');
aff.addEventListener('change', function () { state.affiliations = aff.checked; apply(); });
var showAll = document.getElementById('show-all');
showAll.checked = state.all;
document.getElementById('cap').textContent = DATA.cap ? String(DATA.cap) : 'all';
showAll.addEventListener('change', function () { state.all = showAll.checked; apply(); home(false); });

// --- time: a range of months (two sliders) and exact dates ------------------------------
var dateFrom = document.getElementById('date-from'), dateTo = document.getElementById('date-to');
var timeFrom = document.getElementById('time-from'), timeTo = document.getElementById('time-to');
var months = [];
(function () {
  var dated = IX.map(function (x) { return startOf(x[0]); }).filter(Boolean).sort();
  if (!dated.length) { document.getElementById('time').hidden = true; return; }
  dateFrom.min = dateTo.min = dated[0]; dateFrom.max = dateTo.max = dated[dated.length - 1];
  // The sliders span all but the stray outer 0.5 % (a "1944" in a 2021 release); at either
  // end a slider sets no bound, so nothing is lost.
  var lo = dated[Math.floor(dated.length * 0.005)], hi = dated[Math.ceil(dated.length * 0.995) - 1];
  var y = +lo.slice(0, 4), mo = +lo.slice(5, 7), last = hi.slice(0, 7);
  for (;;) {
    var key = y + '-' + (mo < 10 ? '0' : '') + mo;
    months.push(key);
    if (key >= last) break;
    if (++mo > 12) { mo = 1; y++; }
  }
  timeFrom.max = timeTo.max = String(months.length - 1);
  timeFrom.value = '0'; timeTo.value = String(months.length - 1);
})();
function showRange() {
  var a = +timeFrom.value, b = +timeTo.value;
  document.getElementById('time-range').textContent = !months.length ? '' :
    (a > 0 ? months[a] : 'from the first') + ' – ' + (b < months.length - 1 ? months[b] : 'the last');
}
function onSlide(ev) {
  if (+timeFrom.value > +timeTo.value) { if (ev.target === timeFrom) timeTo.value = timeFrom.value; else timeFrom.value = timeTo.value; }
  var a = +timeFrom.value, b = +timeTo.value;
  state.from = a > 0 ? months[a] + '-01' : '';
  state.to = b < months.length - 1 ? months[b] + '-31' : '';
  dateFrom.value = state.from; dateTo.value = state.to ? months[b] + '-' + new Date(+months[b].slice(0, 4), +months[b].slice(5, 7), 0).getDate() : '';
  showRange(); apply();
}
timeFrom.addEventListener('input', onSlide); timeTo.addEventListener('input', onSlide);
function monthIndex(d, fallback) { var k = months.indexOf(d.slice(0, 7)); return k < 0 ? fallback : k; }
dateFrom.addEventListener('change', function () {
  state.from = dateFrom.value; timeFrom.value = String(monthIndex(dateFrom.value, 0)); showRange(); apply();
});
dateTo.addEventListener('change', function () {
  state.to = dateTo.value; timeTo.value = String(monthIndex(dateTo.value, months.length - 1)); showRange(); apply();
});
showRange();

function resetFilters() {
  state.from = state.to = state.country = ''; state.topic = -1; state.affiliations = true;
  dateFrom.value = dateTo.value = ''; countrySel.value = ''; topicSel.value = ''; aff.checked = true;
  timeFrom.value = '0'; timeTo.value = String(Math.max(0, months.length - 1)); showRange();
  kindsBox.querySelectorAll('input').forEach(function (b) { b.checked = true; state.kinds[b.value] = true; });
}
document.getElementById('reset').addEventListener('click', function () {
  resetFilters();
  resetExpanded();
  state.all = DATA.cap === 0; showAll.checked = state.all;
  var back = Object.keys(dragged).map(function (id) { return { id: +id, x: byId[id].x, y: byId[id].y }; });
  dragged = {};
  if (back.length) visNodes.update(back);
  network.unselectAll();
  highlight(null);
  apply();
  showNothing();
  home(true);
});
function apply() {
  compute();
  nodeView.refresh(); edgeView.refresh();
  if (dimmed && current && current[0] === 'node') highlight(neighbourhood(current[1]));
  order = null;
  summarise();
  refreshPanel();
}

// --- search ---------------------------------------------------------------------------
var search = document.getElementById('search'), matches = document.getElementById('matches');
var folded = nodes.map(function (n) { return fold(n.name); });
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
    li.appendChild(b);
    var extra = [n.kind !== 'state' && n.countryLabel, plural(n.n, 'interaction'), n.offices.length && n.offices[0][0]];
    li.appendChild(el('div', extra.filter(Boolean).join(' · '), 'hint'));
    matches.appendChild(li);
  });
  if (!hits.length) matches.appendChild(el('li', 'no match', 'hint'));
});
search.addEventListener('keydown', function (ev) {
  if (ev.key === 'Enter') { var b = matches.querySelector('button'); if (b) b.click(); }
});

highlight(null);
summarise();
showNothing();
window.kgViewer = {
  data: DATA, nodeView: nodeView, edgeView: edgeView, network: network,
  labels: function () { return lastLabels.map(function (b) { return { id: b.id, text: b.text, x: b.x, y: b.y, w: b.w, h: b.h }; }); },
  labelFont: LABEL_FONT, labelHeight: LABEL_HEIGHT, labelPad: LABEL_PAD,
  selection: function () { return current; }
};
