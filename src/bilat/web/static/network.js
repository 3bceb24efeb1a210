// bilat network page: a small force-directed layout on a <canvas>, data from /api/network.
(function () {
  "use strict";
  var COLOURS = { partner: "#1f5fbf", organization: "#2b8a3e", program: "#e67700" };

  function layout(nodes, edges, width, height) {
    var index = {};
    nodes.forEach(function (n, i) {
      index[n.id] = n;
      var angle = (2 * Math.PI * i) / nodes.length;
      n.x = width / 2 + Math.cos(angle) * width * 0.35 + (i % 7);
      n.y = height / 2 + Math.sin(angle) * height * 0.35 + (i % 5);
      n.vx = 0; n.vy = 0;
      n.r = 4 + Math.min(14, Math.sqrt(n.weight || 1) * 2);
    });
    var links = edges.filter(function (e) { return index[e.source] && index[e.target]; })
      .map(function (e) { return { a: index[e.source], b: index[e.target], w: e.weight }; });
    return { nodes: nodes, links: links };
  }

  function step(graph, width, height) {
    var nodes = graph.nodes, i, j;
    for (i = 0; i < nodes.length; i++) {
      for (j = i + 1; j < nodes.length; j++) {
        var a = nodes[i], b = nodes[j];
        var dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        var f = 900 / d2;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    graph.links.forEach(function (l) {
      var dx = l.b.x - l.a.x, dy = l.b.y - l.a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      var f = (d - 70) * 0.01;
      l.a.vx += dx / d * f * d * 0.1; l.a.vy += dy / d * f * d * 0.1;
      l.b.vx -= dx / d * f * d * 0.1; l.b.vy -= dy / d * f * d * 0.1;
    });
    nodes.forEach(function (n) {
      if (n.fixed) { n.vx = 0; n.vy = 0; return; }
      n.vx += (width / 2 - n.x) * 0.002; n.vy += (height / 2 - n.y) * 0.002;
      n.vx *= 0.6; n.vy *= 0.6;
      n.x = Math.max(n.r, Math.min(width - n.r, n.x + Math.max(-20, Math.min(20, n.vx))));
      n.y = Math.max(n.r, Math.min(height - n.r, n.y + Math.max(-20, Math.min(20, n.vy))));
    });
  }

  function draw(ctx, graph, width, height) {
    ctx.clearRect(0, 0, width, height);
    ctx.strokeStyle = "rgba(100,110,130,0.35)";
    graph.links.forEach(function (l) {
      ctx.lineWidth = Math.min(6, 0.7 + Math.log(1 + l.w));
      ctx.beginPath(); ctx.moveTo(l.a.x, l.a.y); ctx.lineTo(l.b.x, l.b.y); ctx.stroke();
    });
    ctx.font = "11px system-ui, sans-serif";
    graph.nodes.forEach(function (n) {
      ctx.fillStyle = COLOURS[n.kind] || "#555";
      ctx.beginPath(); ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI); ctx.fill();
      if (n.kind === "partner" || n.r > 7 || graph.nodes.length <= 40) {
        ctx.fillStyle = "#1d2430";
        ctx.fillText(n.label.length > 28 ? n.label.slice(0, 27) + "…" : n.label, n.x + n.r + 2, n.y + 4);
      }
    });
  }

  function nodeAt(graph, x, y) {
    for (var i = graph.nodes.length - 1; i >= 0; i--) {
      var n = graph.nodes[i], dx = n.x - x, dy = n.y - y;
      if (dx * dx + dy * dy <= (n.r + 3) * (n.r + 3)) { return n; }
    }
    return null;
  }

  function position(canvas, event) {
    var box = canvas.getBoundingClientRect();
    return { x: (event.clientX - box.left) * canvas.width / box.width,
             y: (event.clientY - box.top) * canvas.height / box.height };
  }

  function start(canvas, data, status) {
    var ctx = canvas.getContext("2d"), width = canvas.width, height = canvas.height;
    var graph = layout(data.nodes, data.edges, width, height), ticks = 0, dragged = null, moved = false;
    status.textContent = data.nodes.length + " nodes, " + data.edges.length + " links";
    function frame() {
      if (ticks < 300 || dragged) { step(graph, width, height); ticks++; }
      draw(ctx, graph, width, height);
      window.requestAnimationFrame(frame);
    }
    canvas.addEventListener("mousedown", function (e) {
      var p = position(canvas, e); dragged = nodeAt(graph, p.x, p.y); moved = false;
      if (dragged) { dragged.fixed = true; }
    });
    canvas.addEventListener("mousemove", function (e) {
      var p = position(canvas, e), over = nodeAt(graph, p.x, p.y);
      canvas.title = over ? over.label + " (" + over.kind + ")" : "";
      if (dragged) { dragged.x = p.x; dragged.y = p.y; moved = true; }
    });
    canvas.addEventListener("mouseup", function () {
      if (dragged && !moved) { window.location.href = dragged.href; }
      if (dragged) { dragged.fixed = false; }
      dragged = null;
    });
    frame();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var canvas = document.getElementById("network"), status = document.getElementById("network-status");
    if (!canvas) { return; }
    fetch(canvas.getAttribute("data-src"))
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(function (data) {
        if (!data.nodes.length) { status.textContent = "No partnerships in the store yet."; return; }
        start(canvas, data, status);
      })
      .catch(function (err) { status.textContent = "Could not load the network: " + err.message; });
  });
})();
