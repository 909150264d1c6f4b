// Draws the relationship graph of an actor page with vis-network (served from
// the pyvis package): pan, zoom, and click a node to open its profile.
(function () {
  const box = document.getElementById("graph");
  if (!box || typeof vis === "undefined") { return; }
  const colors = { person: "#1f77b4", organization: "#2ca02c", country: "#d62728" };
  fetch(box.dataset.source, { headers: { Accept: "application/json" } })
    .then((r) => r.json())
    .then((data) => {
      const nodes = new vis.DataSet(data.nodes.map((n) => ({
        id: n.id,
        label: n.name,
        title: n.kind + (n.events ? ", " + n.events + " shared events" : ""),
        color: colors[n.kind] || "#888",
        shape: n.center ? "star" : "dot",
        size: n.center ? 26 : 10 + Math.min(20, 2 * (n.events || 1)),
        font: { color: "#1d2430" },
      })));
      const edges = new vis.DataSet(data.edges.map((e) => ({
        from: e.source, to: e.target, value: e.weight, title: e.weight + " shared events",
      })));
      const network = new vis.Network(box, { nodes, edges }, {
        interaction: { hover: true, navigationButtons: false, zoomView: true, dragView: true },
        physics: { stabilization: { iterations: 150 } },
        edges: { color: { color: "#9aa5b1" }, smooth: false },
      });
      network.on("click", (params) => {
        if (params.nodes.length) { window.location.href = "/actors/" + params.nodes[0]; }
      });
      network.once("stabilizationIterationsDone", () => { box.dataset.stable = "1"; });
      box.dataset.ready = String(data.nodes.length);
      window.chanceryGraph = network;
    });
})();
