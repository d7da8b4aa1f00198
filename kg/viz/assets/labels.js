/* Part 2 of 4: labels, drawn by the page itself after vis-network draws the nodes. Only
   nodes at least LABEL_MIN_RADIUS screen pixels wide at the current zoom get one (and the
   selected, focused and neighbouring actors), most connected first, and a label is drawn
   only where it overlaps no other label and fits inside the canvas: no label soup, no
   label cut at an edge. The boxes of the last frame are kgViewer.labels(). */
var LABEL_FONT_PX = 12, LABEL_HEIGHT = 16, LABEL_PAD = 3, LABEL_GAP = 2, LABEL_MIN_RADIUS = 4, LABEL_MAX = 90;
var LABEL_FONT = LABEL_FONT_PX + 'px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
var measurer = document.createElement('canvas').getContext('2d');
var widths = {};
var lastLabels = [];
var pinned = {};  // node id → 1: labelled whatever its size (selection, its neighbours, focus)

function labelWidth(text) {
  if (widths[text] === undefined) {
    measurer.font = LABEL_FONT;
    widths[text] = Math.ceil(measurer.measureText(text).width) + 2 * LABEL_PAD;
  }
  return widths[text];
}

// The boxes (DOM pixels of the canvas) of the labels that fit, in the order tried.
function placeLabels(net, ids, width, height) {
  var view = net.body.view, scale = view.scale, tx = view.translation.x, ty = view.translation.y;
  var cell = 80, grid = {}, out = [];
  function collides(b) {
    for (var gx = Math.floor(b.x / cell); gx <= Math.floor((b.x + b.w) / cell); gx++) {
      for (var gy = Math.floor(b.y / cell); gy <= Math.floor((b.y + b.h) / cell); gy++) {
        var list = grid[gx + ',' + gy] || [];
        for (var k = 0; k < list.length; k++) {
          var o = list[k];
          if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return true;
        }
      }
    }
    return false;
  }
  function add(b) {
    for (var gx = Math.floor(b.x / cell); gx <= Math.floor((b.x + b.w) / cell); gx++) {
      for (var gy = Math.floor(b.y / cell); gy <= Math.floor((b.y + b.h) / cell); gy++) {
        (grid[gx + ',' + gy] = grid[gx + ',' + gy] || []).push(b);
      }
    }
    out.push(b);
  }
  for (var i = 0; i < ids.length && out.length < LABEL_MAX; i++) {
    var id = ids[i], body = net.body.nodes[id], n = byId[id];
    if (!body) continue;
    var r = n.size * scale;
    if (r < LABEL_MIN_RADIUS && !pinned[id]) continue;
    var cx = body.x * scale + tx, cy = body.y * scale + ty;
    if (cx < 0 || cy < 0 || cx > width || cy > height) continue;  // the node is off screen
    var w = labelWidth(n.label), h = LABEL_HEIGHT;
    var b = { id: id, text: n.label, x: Math.max(1, Math.min(width - w - 1, cx - w / 2)), y: cy + r + LABEL_GAP, w: w, h: h };
    if (b.y + h > height - 1) b.y = cy - r - LABEL_GAP - h;  // no room below: above the node
    if (b.y < 1 || b.x + w > width || collides(b)) continue;
    add(b);
  }
  return out;
}

function drawLabels(net, ctx, ids) {
  var canvas = net.canvas.frame.canvas, ratio = net.canvas.pixelRatio || 1;
  var width = canvas.width / ratio, height = canvas.height / ratio;
  lastLabels = placeLabels(net, ids, width, height);
  ctx.save();
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.font = LABEL_FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  lastLabels.forEach(function (b) {
    ctx.lineWidth = 4;
    ctx.strokeStyle = 'rgba(255,255,255,0.92)';
    ctx.strokeText(b.text, b.x + b.w / 2, b.y + b.h / 2);
    ctx.fillStyle = pinned[b.id] ? '#000' : '#1f2328';
    ctx.fillText(b.text, b.x + b.w / 2, b.y + b.h / 2);
  });
  ctx.restore();
}
