/* Part 3 of 4: the side panel (an actor or a link: offices, counterparts, topics, a
   per-year histogram and the sources) and the histogram of the selection. Everything
   the panel lists passes the current filters; the panel is redrawn when they change. */
var panel = document.getElementById('panel');
var current = null;  // what the panel shows: ['node', id], ['edge', id] or null

function topicCounts(ixs) {
  var c = {};
  ixs.forEach(function (i) { ixTopics(i).forEach(function (t) { c[t] = (c[t] || 0) + 1; }); });
  return Object.keys(c).map(Number).sort(function (a, b) { return c[b] - c[a] || a - b; })
    .map(function (t) { return [t, c[t]]; });
}
function topicList(ixs) {
  var counts = topicCounts(ixs);
  if (!counts.length) return null;
  var ul = el('ul', null, 'topics');
  counts.slice(0, 12).forEach(function (tc) {
    var li = el('li'), b = el('button', DATA.topics[tc[0]], 'linkish');
    b.type = 'button';
    b.title = 'Show only interactions about this topic';
    b.addEventListener('click', function () { setTopic(tc[0]); });
    li.appendChild(b);
    li.appendChild(document.createTextNode(' ' + tc[1]));
    ul.appendChild(li);
  });
  return ul;
}
// Bars per year (div elements: the page makes no SVG), with the count in each bar's title.
function histogram(box, ixs) {
  box.textContent = '';
  var per = {}, years = [];
  ixs.forEach(function (i) {
    var y = (ixDate(i) || '').slice(0, 4);
    if (!/^\d{4}$/.test(y)) y = 'n.d.';
    if (!per[y]) { per[y] = 0; years.push(y); }
    per[y]++;
  });
  years.sort();
  var top = Math.max.apply(null, [1].concat(years.map(function (y) { return per[y]; })));
  years.forEach(function (y) {
    var col = el('div', null, 'bar'), fill = el('div', null, 'fill');
    fill.style.height = Math.max(2, Math.round(40 * per[y] / top)) + 'px';
    col.title = y + ': ' + plural(per[y], 'interaction');
    col.setAttribute('data-year', y);
    col.setAttribute('data-count', String(per[y]));
    col.appendChild(el('span', per[y], 'count'));
    col.appendChild(fill);
    col.appendChild(el('span', y === 'n.d.' ? y : "'" + y.slice(2), 'year'));
    box.appendChild(col);
  });
  if (!years.length) box.appendChild(el('span', 'no interaction passes the filters', 'hint'));
}
function selectionIx() {
  if (current && current[0] === 'node') return passingIx(incident[current[1]] || []);
  if (current && current[0] === 'edge') return passingIx([current[1]]);
  var ids = [];
  edges.forEach(function (e) { if (edgeShown[e.id]) ids.push(e.id); });
  return passingIx(ids);
}
function refreshHistogram() {
  var what = current ? (current[0] === 'node' ? byId[current[1]].name
    : byId[edges[current[1]].from].name + ' — ' + byId[edges[current[1]].to].name) : 'the actors shown';
  document.getElementById('histogram-of').textContent = what;
  histogram(document.getElementById('histogram'), selectionIx());
}

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
function sources(list, items, skip) {  // items: [interaction, counterpart id or null]
  items.sort(function (a, b) { return (ixDate(b[0]) || '') < (ixDate(a[0]) || '') ? -1 : 1; });
  items.slice(0, 200).forEach(function (pair) {
    var i = pair[0], li = el('li'), p = ixPlace(i);
    var head = [ixDate(i) || 'undated', ixKind(i)];
    if (pair[1] !== null && pair[1] !== skip) head.push('with ' + byId[pair[1]].name);
    if (p) head.push('in ' + p);
    li.appendChild(el('div', head.join(' · '), 'when'));
    var topics = ixTopics(i).map(function (t) { return DATA.topics[t]; });
    if (topics.length) li.appendChild(el('div', 'about ' + topics.join(', '), 'about'));
    source(li, ixRelease(i), ixSentence(i));
    (IX[i][6] || []).forEach(function (more) {  // the same interaction, reported again
      source(li, more[0] >= 0 ? DATA.releases[more[0]] : null, more[1] >= 0 ? DATA.sentences[more[1]] : null);
    });
    list.appendChild(li);
  });
  if (items.length > 200) list.appendChild(el('li', '… and ' + (items.length - 200) + ' more', 'hint'));
}
function section(title, child) {
  if (!child) return;
  panel.appendChild(el('h3', title));
  panel.appendChild(child);
}
function filterNote(visible) {
  if (!visible) panel.appendChild(el('p', 'Hidden by the current filters.', 'note'));
  else if (filtering()) panel.appendChild(el('p', 'Showing what passes the current filters.', 'note'));
}
function showNode(id) {
  var n = byId[id];
  current = ['node', id];
  panel.textContent = '';
  panel.appendChild(el('h2', n.name, 'name'));
  panel.appendChild(el('div', n.kind + (n.countryLabel && n.kind !== 'state' ? ' · ' + n.countryLabel : ''), 'when'));
  filterNote(nodeOn[id]);
  var ixs = passingIx(incident[id] || []), counterparts = [], ids = {};
  (incident[id] || []).forEach(function (eid) {
    var e = edges[eid], other = e.from === id ? e.to : e.from;
    if (!edgeOn[eid]) return;
    var k = e.kind === 'affiliation' ? 0 : e.ix.filter(ixPasses).length;
    counterparts.push([other, k]);
    e.ix.forEach(function (i) { if (ixPasses(i)) (ids[i] = ids[i] || []).push(other); });
  });
  panel.appendChild(el('p', plural(ixs.length, 'interaction') + ' with ' +
    plural(counterparts.filter(function (c) { return c[1]; }).length, 'counterpart') +
    (filtering() ? ' (of ' + n.n + ' in all)' : '')));
  var hidden = hiddenNeighbours(id);
  if (hidden.length) {
    var more = el('button', 'Show ' + plural(hidden.length, 'hidden counterpart'), 'expand');
    more.type = 'button';
    more.addEventListener('click', function () { expand(hidden); });
    panel.appendChild(more);
  }
  if (n.offices.length) {
    var t = el('table');
    n.offices.forEach(function (o) {
      var tr = el('tr');
      tr.appendChild(el('td', o[0] + (o[1] ? ', ' + o[1] : '')));
      tr.appendChild(el('td', span(o[2], o[3]), 'when'));
      t.appendChild(tr);
    });
    section('Offices', t);
  }
  if (n.initiatives.length) {
    var ul = el('ul');
    n.initiatives.forEach(function (x) { ul.appendChild(el('li', x)); });
    section('Initiatives proposed', ul);
  }
  section('Topics', topicList(ixs));
  if (counterparts.length) {
    counterparts.sort(function (a, b) { return b[1] - a[1] || (byId[a[0]].name < byId[b[0]].name ? -1 : 1); });
    var cl = el('ul', null, 'counterparts');
    counterparts.slice(0, 100).forEach(function (c) {
      var li = el('li'), b = el('button', byId[c[0]].name, 'linkish');
      b.type = 'button';
      b.addEventListener('click', function () { select(c[0]); });
      li.appendChild(b);
      li.appendChild(document.createTextNode(c[1] ? ' (' + c[1] + ')' : ' (affiliation)'));
      if (!shown[c[0]]) li.appendChild(el('span', ' · hidden', 'when'));
      cl.appendChild(li);
    });
    section('Counterparts', cl);
  }
  var sl = el('ul', null, 'sources');
  sources(sl, ixs.map(function (i) { return [i, ids[i] && ids[i].length === 1 ? ids[i][0] : null]; }), id);
  if (ixs.length) section('Sources', sl);
  refreshHistogram();
}
function showEdge(eid) {
  var e = edges[eid];
  current = ['edge', eid];
  panel.textContent = '';
  panel.appendChild(el('h2', byId[e.from].name + ' — ' + byId[e.to].name, 'name'));
  if (e.kind === 'affiliation') {
    panel.appendChild(el('p', 'affiliation: the person acts for this state'));
    refreshHistogram();
    return;
  }
  filterNote(edgeOn[eid]);
  var ixs = passingIx([eid]);
  panel.appendChild(el('p', plural(ixs.length, 'interaction') + (filtering() ? ' (of ' + e.value + ' in all)' : '')));
  section('Topics', topicList(ixs));
  var sl = el('ul', null, 'sources');
  sources(sl, ixs.map(function (i) { return [i, null]; }), null);
  section('Sources', sl);
  refreshHistogram();
}
function showNothing() {
  current = null;
  panel.textContent = '';
  panel.appendChild(el('p', 'Click an actor or a link for its details and sources. Scroll to zoom, drag to pan.', 'hint'));
  refreshHistogram();
}
function refreshPanel() {
  if (!current) refreshHistogram();
  else if (current[0] === 'node') showNode(current[1]);
  else showEdge(current[1]);
}
