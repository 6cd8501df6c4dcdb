/* aptrace dashboard: the graph of actors, sponsor states and agencies, victim
   states and attributing parties, drawn as SVG with a small force layout.
   Data comes from the page's JSON twin (data-src); labels are set as text,
   never as markup. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var COLOURS = { actor: "#c0392b", state: "#2471a3", agency: "#7d3c98", organisation: "#1e8449" };

  function el(name, attrs) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function hrefFor(node) {
    if (node.kind === "actor") { return "/actors/" + encodeURIComponent(node.label); }
    if (node.kind === "state" && node.roles.indexOf("sponsor") >= 0) { return "/incidents?state=" + encodeURIComponent(node.label); }
    if (node.kind === "state" && node.roles.indexOf("victim") >= 0) { return "/incidents?victim=" + encodeURIComponent(node.label); }
    return null;
  }

  function layout(nodes, edges, width, height) {
    var n = nodes.length, index = {};
    nodes.forEach(function (d, i) {
      index[d.id] = i;
      var a = 2 * Math.PI * i / Math.max(1, n);
      d.x = width / 2 + Math.cos(a) * width / 3;
      d.y = height / 2 + Math.sin(a) * height / 3;
    });
    var links = edges.filter(function (e) { return e.source in index && e.target in index; })
      .map(function (e) { return [index[e.source], index[e.target]]; });
    var k = Math.sqrt(width * height / Math.max(1, n)) * 0.6;
    var temp = width / 8;
    for (var it = 0; it < 300; it++) {
      var dx = new Array(n).fill(0), dy = new Array(n).fill(0);
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
          var d2 = Math.max(0.01, x * x + y * y), f = k * k / d2;
          dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
        }
      }
      links.forEach(function (l) {
        var a = nodes[l[0]], b = nodes[l[1]];
        var x = a.x - b.x, y = a.y - b.y, d = Math.max(0.1, Math.sqrt(x * x + y * y)), f = d / k;
        dx[l[0]] -= x * f; dy[l[0]] -= y * f; dx[l[1]] += x * f; dy[l[1]] += y * f;
      });
      for (var m = 0; m < n; m++) {
        dx[m] += (width / 2 - nodes[m].x) * 0.05; dy[m] += (height / 2 - nodes[m].y) * 0.05;
        var len = Math.max(0.01, Math.sqrt(dx[m] * dx[m] + dy[m] * dy[m]));
        var step = Math.min(len, temp);
        nodes[m].x = Math.min(width - 40, Math.max(40, nodes[m].x + dx[m] / len * step));
        nodes[m].y = Math.min(height - 20, Math.max(20, nodes[m].y + dy[m] / len * step));
      }
      temp *= 0.985;
    }
    return index;
  }

  function draw(box, data) {
    var width = Math.max(480, box.clientWidth || 800), height = 560;
    var index = layout(data.nodes, data.edges, width, height);
    var svg = el("svg", { viewBox: "0 0 " + width + " " + height, width: "100%", height: String(height), role: "img" });
    var defs = el("defs");
    var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "16", refY: "5", markerWidth: "6", markerHeight: "6", orient: "auto-start-reverse" });
    marker.appendChild(el("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#888" }));
    defs.appendChild(marker);
    svg.appendChild(defs);
    data.edges.forEach(function (e) {
      if (!(e.source in index) || !(e.target in index)) { return; }
      var a = data.nodes[index[e.source]], b = data.nodes[index[e.target]];
      var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "edge edge-" + e.relation, "marker-end": "url(#arrow)" });
      var title = el("title");
      title.textContent = a.label + " " + e.relation.replace("_", " ") + " " + b.label;
      line.appendChild(title);
      svg.appendChild(line);
    });
    data.nodes.forEach(function (d) {
      var g = el("g", { "class": "node node-" + d.kind, transform: "translate(" + d.x + "," + d.y + ")" });
      var r = 6 + Math.min(10, 2 * d.incidents.length);
      g.appendChild(el("circle", { r: String(r), fill: COLOURS[d.kind] || "#555" }));
      var label = el("text", { x: String(r + 3), y: "4" });
      label.textContent = d.label;
      g.appendChild(label);
      var title = el("title");
      title.textContent = d.label + " (" + d.kind + ": " + d.roles.join(", ") + "; incidents " + d.incidents.join(", ") + ")";
      g.appendChild(title);
      var href = hrefFor(d);
      if (href) {
        var link = el("a", { href: href });
        link.appendChild(g);
        svg.appendChild(link);
      } else {
        svg.appendChild(g);
      }
    });
    box.textContent = "";
    box.appendChild(svg);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("graph");
    if (!box) { return; }
    box.textContent = "Loading the graph…";
    fetch(box.getAttribute("data-src"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(function (data) { draw(box, data); box.setAttribute("data-ready", "true"); })
      .catch(function (err) { box.textContent = "Cannot draw the graph: " + err.message; });
  });
})();
