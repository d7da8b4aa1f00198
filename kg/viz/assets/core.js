/* The diplomacy-kg network viewer, part 1 of 4: the data and what passes the filters.
   core.js, labels.js, panel.js and viewer.js run in that order in one function scope
   (kg/viz/viewer.py joins them). Every string in DATA is untrusted: it is written to the
   page with textContent / createTextNode only, never as markup. */
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
var byRank = nodes.slice().sort(function (a, b) { return a.r - b.r; });

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
function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
function safeUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }
function ixDate(i) { return IX[i][0]; }
function ixKind(i) { return KINDS[IX[i][1]] || 'interaction'; }
function ixPlace(i) { return IX[i][2] >= 0 ? DATA.places[IX[i][2]] : null; }
function ixRelease(i) { return IX[i][3] >= 0 ? DATA.releases[IX[i][3]] : null; }
function ixSentence(i) { return IX[i][4] >= 0 ? DATA.sentences[IX[i][4]] : null; }
function ixTopics(i) { return IX[i][7] || []; }
function span(d0, d1) { return !d0 ? '' : (d1 && d1 !== d0 ? d0 + ' – ' + d1 : d0); }
function communityColour(n) { return (DATA.communities[n.c] || ['#a0a0a0'])[0]; }

// --- filters and the overview's cap -----------------------------------------------
// nodeOn/edgeOn: passes the filters; shown/edgeShown: drawn (passes, and is among the
// `cap` most connected of those that pass, or was expanded, or is a focus actor).
var state = { from: '', to: '', kinds: {}, country: '', topic: -1, affiliations: true, all: DATA.cap === 0 };
KINDS.forEach(function (k) { state.kinds[k] = true; });
var expanded = {};
function resetExpanded() {
  expanded = {};
  DATA.focus.forEach(function (id) { expanded[id] = 1; });
}
resetExpanded();
var size = nodes.length ? Math.max.apply(null, nodes.map(function (n) { return n.id; })) + 1 : 0;
var nodeOn = new Uint8Array(size), shown = new Uint8Array(size);
var edgeOn = new Uint8Array(edges.length), edgeShown = new Uint8Array(edges.length);

function filtering() {
  return state.from || state.to || state.country || state.topic >= 0 ||
    KINDS.some(function (k) { return !state.kinds[k]; });
}
function ixPasses(i) {
  if (!state.kinds[ixKind(i)]) return false;
  if (state.topic >= 0 && ixTopics(i).indexOf(state.topic) < 0) return false;
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
  edges.forEach(function (e) {  // a person who passes brings their state along
    if (e.kind !== 'affiliation') return;
    var person = byId[e.from].kind === 'person' ? e.from : e.to;
    var ok = state.affiliations && nodeOn[person];
    edgeOn[e.id] = ok ? 1 : 0;
    if (ok) { nodeOn[e.from] = 1; nodeOn[e.to] = 1; }
  });
  shown.fill(0);
  var count = 0;  // the cap counts the overview; what was expanded comes on top of it
  byRank.forEach(function (n) {
    if (!nodeOn[n.id]) return;
    if (expanded[n.id]) shown[n.id] = 1;
    else if (state.all || count < DATA.cap) { shown[n.id] = 1; count++; }
  });
  edges.forEach(function (e) { edgeShown[e.id] = edgeOn[e.id] && shown[e.from] && shown[e.to] ? 1 : 0; });
}
function hiddenNeighbours(id) {  // pass the filters, left out by the cap
  var out = [];
  (incident[id] || []).forEach(function (eid) {
    var e = edges[eid], other = e.from === id ? e.to : e.from;
    if (edgeOn[eid] && !shown[other] && out.indexOf(other) < 0) out.push(other);
  });
  return out;
}
function passingIx(edgeIds) {  // the distinct interactions of these edges that pass the filters
  var seen = {}, out = [];
  edgeIds.forEach(function (eid) {
    if (!edgeOn[eid]) return;
    edges[eid].ix.forEach(function (i) { if (!seen[i] && ixPasses(i)) { seen[i] = 1; out.push(i); } });
  });
  return out;
}
