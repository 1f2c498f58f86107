/* kg exploration page: filters, search, evidence panel. Reads the graph from #kg-data.
 * Every text from the graph is untrusted: it is only ever put into the DOM with textContent. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var META = DATA.meta;
  var nodeById = {}, edgeById = {};
  var stancesOfAgent = {}, stancesOfClaim = {}, linksOfClaim = {}, reportsOfDoc = {};
  var publishedOfDoc = {}, affiliationsOf = {}, docNodeByDocId = {};

  function push(map, key, value) { (map[key] || (map[key] = [])).push(value); }

  // Expand the compact form (see page_data in page.py): shared styles and article details.
  function expand(item) {
    var style = DATA.styles[item.s];
    for (var key in style) { if (!(key in item)) { item[key] = style[key]; } }
    delete item.s;
  }
  DATA.nodes.forEach(expand);
  DATA.edges.forEach(function (e) {
    expand(e);
    var doc = e.kg.kind === "stance" && DATA.documents[e.kg.doc_id];
    if (doc) { for (var key in doc) { if (!(key in e.kg)) { e.kg[key] = doc[key]; } } }
  });

  var claimsOfGroup = {};
  DATA.nodes.forEach(function (n) {
    nodeById[n.id] = n;
    if (n.kg.kind === "claim" && n.kg.group) { push(claimsOfGroup, n.kg.group, n.id); }
    if (n.kg.kind === "document" && n.kg.doc_id) { docNodeByDocId[n.kg.doc_id] = n.id; }
  });
  DATA.edges.forEach(function (e) {
    edgeById[e.id] = e;
    var kind = e.kg.kind;
    if (kind === "stance") { push(stancesOfAgent, e.from, e); push(stancesOfClaim, e.to, e); }
    else if (kind === "contradiction" || kind === "corroboration" || kind === "responds_to") {
      push(linksOfClaim, e.from, e); push(linksOfClaim, e.to, e);
    } else if (kind === "reports") { push(reportsOfDoc, e.from, e); }
    else if (kind === "published") { push(publishedOfDoc, e.to, e); }
    else if (kind === "affiliation") { push(affiliationsOf, e.from, e); push(affiliationsOf, e.to, e); }
  });

  // ---- tooltips: plain text (vis-network shows a string title with innerText) -------------
  function stanceLabel(value) { return stanceInfo(value).label; }
  function nodeLabel(id) { var n = nodeById[id]; return n ? String(n.kg.label || id) : String(id); }
  function whereWhen(kg) {
    return [kg.publisher, kg.doc_title ? "“" + kg.doc_title + "”" : null, kg.published].filter(Boolean).join(" · ");
  }
  function nodeTitle(n) {
    var kg = n.kg;
    if (kg.kind === "agent") {
      return [kg.label, (kg.agent_kind_label || "source") + " · quoted " + (kg.quoted || 0) + " times"]
        .concat((kg.affiliations || []).slice(0, 3)).join("\n");
    }
    if (kg.kind === "claim") {
      var n2 = (stancesOfClaim[n.id] || []).length;
      return (kg.text || kg.label) + (n2 ? "\n" + n2 + " stance(s) drawn; click for the evidence" : "");
    }
    if (kg.kind === "document") { return [kg.label || kg.doc_id, kg.publisher, kg.published].filter(Boolean).join("\n"); }
    return String(kg.description || kg.label || "");
  }
  function edgeTitle(e) {
    var kg = e.kg, lines;
    if (kg.kind === "stance") {
      lines = [nodeLabel(e.from) + " — " + stanceLabel(kg.stance) + (kg.certainty && kg.certainty !== "certain" ? " (" + kg.certainty + ")" : "")];
      if (kg.sentence) { lines.push("“" + kg.sentence + "”"); }
      if (whereWhen(kg)) { lines.push(whereWhen(kg)); }
      return lines.join("\n");
    }
    if (kg.kind === "contradiction") {
      lines = ["Contradiction: " + String(kg.contradiction_kind || "").replace(/_/g, " ")];
      if (kg.explanation) { lines.push(kg.explanation); }
      if (kg.sentence_a) { lines.push("“" + kg.sentence_a + "”"); }
      if (kg.sentence_b) { lines.push("“" + kg.sentence_b + "”"); }
      return lines.join("\n");
    }
    if (kg.kind === "corroboration") { return "Corroboration by " + (kg.sources || "?") + " sources\n" + nodeLabel(e.from) + "\n" + nodeLabel(e.to); }
    if (kg.kind === "affiliation") { return nodeLabel(e.from) + ": " + (kg.role || "affiliated") + " of " + nodeLabel(e.to); }
    return nodeLabel(e.from) + " → " + String(kg.kind).replace(/_/g, " ") + " → " + nodeLabel(e.to);
  }
  DATA.nodes.forEach(function (n) { n.title = nodeTitle(n); });
  DATA.edges.forEach(function (e) { e.title = edgeTitle(e); });

  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);
  var statusEl = document.getElementById("status");
  window.network = network;
  window.kgReady = false;

  function setStatus(text) { statusEl.textContent = text; statusEl.hidden = !text; }
  function markReady() {
    if (window.kgReady) { return; }
    if (DATA.nodes.length) { landmarkLabels(); network.redraw(); }
    window.kgReady = true;
    window.kgReadyAt = performance.now();
    setStatus(DATA.nodes.length ? "" : META.empty);   // an empty page says so, in words
    zoomHint();
  }
  // Labels under META.readable px on screen are not drawn (drawThreshold); say how to read them.
  function zoomHint() {
    var hint = document.getElementById("zoom-hint");
    if (!hint) { return; }
    var hidden = DATA.nodes.some(function (n) {
      return n.font && n.font.size * network.getScale() < (META.readable || 9);
    });
    hint.textContent = hidden ? "· Some labels are hidden at this size: scroll to zoom in and read them, or hover a node." : "";
  }
  network.on("zoom", zoomHint);
  // Landmarks: at the scale the whole graph fits, the most-quoted sources' names are raised to a
  // readable size on screen, so the overview is never all anonymous shapes.
  function landmarkLabels() {
    var scale = network.getScale(), want = (META.readable || 9) + 2;
    var agents = DATA.nodes.filter(function (n) { return n.kg && n.kg.kind === "agent" && n.font; })
      .sort(function (a, b) { return (b.kg.quoted || 0) - (a.kg.quoted || 0); })
      .slice(0, META.landmarks || 12);
    nodes.update(agents.map(function (n) {
      return { id: n.id, font: Object.assign({}, n.font, { size: Math.max(n.font.size, want / scale) }) };
    }));
  }
  if (!DATA.nodes.length) {
    markReady();
  } else if (META.physics) {
    setStatus("Arranging the graph…");
    network.on("stabilizationProgress", function (p) {
      setStatus("Arranging the graph: " + Math.round(100 * p.iterations / p.total) + "%");
    });
    network.once("stabilizationIterationsDone", function () {
      // Freeze the layout: the page must never keep spinning.
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.fit({ animation: false });
    network.once("afterDrawing", markReady);
    network.redraw();
  }

  // ---- DOM helpers (textContent only) ---------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function stanceInfo(value) {
    for (var i = 0; i < META.stances.length; i++) {
      if (META.stances[i].value === value) { return META.stances[i]; }
    }
    return { value: value, label: String(value).replace(/_/g, " "), color: "#777" };
  }
  function badge(stance) {
    var info = stanceInfo(stance);
    var b = el("span", "badge", info.label);
    b.style.backgroundColor = info.color;
    return b;
  }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }
  function labelOf(id) { var n = nodeById[id]; return n ? (n.kg.text || n.kg.label || id) : id; }

  function evidenceBlock(kg) {
    var box = el("div", "evidence");
    if (kg.sentence) { box.appendChild(el("blockquote", null, kg.sentence)); }
    var bits = [];
    if (kg.cue) { bits.push("cue: " + kg.cue); }
    if (kg.certainty) { bits.push(kg.certainty); }
    if (kg.channel) { bits.push(kg.channel); }
    if (bits.length) { box.appendChild(el("div", "meta", bits.join(" · "))); }
    var src = el("div", "source");
    var title = kg.doc_title || kg.doc_id;
    var url = safeUrl(kg.url);
    if (title) {
      if (url) {
        var a = el("a", null, title);
        a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
        src.appendChild(a);
      } else { src.appendChild(el("span", "title", title)); }
    }
    var where = [kg.publisher, kg.published].filter(Boolean).join(", ");
    if (where) { src.appendChild(el("span", null, (title ? " — " : "") + where)); }
    box.appendChild(src);
    return box;
  }

  var details = document.getElementById("details");
  function panel(heading, sub) {
    details.textContent = "";
    details.appendChild(el("h2", null, heading));
    if (sub) { details.appendChild(el("p", "sub", sub)); }
    return details;
  }
  function section(title) { var s = el("section"); s.appendChild(el("h3", null, title)); details.appendChild(s); return s; }
  function pageLink(id) {
    var href = META.links && META.links[id];
    if (href) {
      var a = el("a", "pagelink", "Open this source’s page →");
      a.href = href;
      details.appendChild(a);
    }
  }
  function listStances(list, showAgent, limit) {
    var ul = el("ul", "stances");
    list.slice(0, limit).forEach(function (e) {
      var li = el("li");
      var head = el("div", "head");
      if (showAgent) { head.appendChild(el("strong", null, labelOf(e.from) + " ")); }
      head.appendChild(badge(e.kg.stance));
      if (!showAgent) { head.appendChild(el("span", "claim", " " + labelOf(e.to))); }
      li.appendChild(head);
      li.appendChild(evidenceBlock(e.kg));
      li.addEventListener("click", function () { showEdge(e.id); });
      ul.appendChild(li);
    });
    if (list.length > limit) { ul.appendChild(el("li", "more", "and " + (list.length - limit) + " more")); }
    return ul;
  }

  function showNode(id) {
    var n = nodeById[id];
    if (!n) { return; }
    var kg = n.kg;
    if (kg.kind === "agent") {
      var sts = stancesOfAgent[id] || [];
      panel(kg.label, (kg.agent_kind_label || kg.agent_kind || "source") + " · quoted " + (kg.quoted || 0) +
        " times" + (sts.length !== (kg.quoted || 0) ? " (" + sts.length + " shown here)" : ""));
      pageLink(id);
      if (kg.affiliations && kg.affiliations.length) {
        var ul = el("ul", "plain");
        kg.affiliations.forEach(function (a) { ul.appendChild(el("li", null, a)); });
        section("Affiliations").appendChild(ul);
      }
      if (sts.length) { section("Statements").appendChild(listStances(sts, false, 60)); }
    } else if (kg.kind === "claim") {
      panel("Claim", null);
      details.appendChild(el("p", "claimtext", kg.text || kg.label));
      var same = kg.group ? (claimsOfGroup[kg.group] || []).filter(function (c) { return c !== id; }) : [];
      if (same.length) {
        var sg = section("Same proposition, other wording or source");
        same.slice(0, 10).forEach(function (c) {
          var d = el("div", "link", labelOf(c));
          d.addEventListener("click", function () { focusNode(c); });
          sg.appendChild(d);
        });
      }
      var hidden = [];
      if (kg.hidden_sources) { hidden.push(kg.hidden_sources + " more source(s) took a stance on it"); }
      if (kg.hidden_links) { hidden.push(kg.hidden_links + " linked claim(s)"); }
      if (hidden.length) { details.appendChild(el("p", "note small", "Not drawn: " + hidden.join("; ") + ".")); }
      var st = stancesOfClaim[id] || [];
      if (st.length) { section("Who said what").appendChild(listStances(st, true, 60)); }
      var links = linksOfClaim[id] || [];
      if (links.length) {
        var s = section("Linked claims");
        links.forEach(function (e) {
          var other = e.from === id ? e.to : e.from;
          var li = el("div", "link " + e.kg.kind);
          li.appendChild(el("strong", null, e.label || e.kg.kind.replace(/_/g, " ")));
          li.appendChild(el("div", "claim", labelOf(other)));
          if (e.kg.explanation) { li.appendChild(el("div", "meta", e.kg.explanation)); }
          li.addEventListener("click", function () { showEdge(e.id); });
          s.appendChild(li);
        });
      }
    } else if (kg.kind === "document") {
      panel(kg.label || kg.doc_id, [kg.publisher, kg.published].filter(Boolean).join(", "));
      var url = safeUrl(kg.url);
      if (url) { var a = el("a", "pagelink", "Open the article"); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; details.appendChild(a); }
      details.appendChild(el("p", "meta", (reportsOfDoc[id] || []).length + " claim(s) from this article are drawn."));
    } else {
      panel(kg.label, kg.description || "");
      if (kg.by_kind) {
        var ul2 = el("ul", "plain");
        Object.keys(kg.by_kind).forEach(function (k) { ul2.appendChild(el("li", null, kg.by_kind[k] + " " + k)); });
        details.appendChild(ul2);
      }
    }
  }

  function showEdge(id) {
    var e = edgeById[id];
    if (!e) { return; }
    var kg = e.kg;
    if (kg.kind === "stance") {
      panel(labelOf(e.from), null);
      var head = el("p", "sub");
      head.appendChild(badge(kg.stance));
      details.appendChild(head);
      details.appendChild(el("p", "claimtext", labelOf(e.to)));
      section("Evidence").appendChild(evidenceBlock(kg));
    } else if (kg.kind === "contradiction" || kg.kind === "corroboration") {
      panel(kg.kind === "contradiction" ? "Contradiction: " + String(kg.contradiction_kind || "").replace(/_/g, " ") : "Corroboration",
        (kg.score !== undefined && kg.score !== null ? "score " + kg.score : "") + (kg.sources ? " · " + kg.sources + " sources" : ""));
      if (kg.explanation) { details.appendChild(el("p", null, kg.explanation)); }
      var a = section("Claim A"); a.appendChild(el("p", "claimtext", labelOf(e.from)));
      if (kg.sentence_a) { a.appendChild(el("blockquote", null, kg.sentence_a)); }
      var b = section("Claim B"); b.appendChild(el("p", "claimtext", labelOf(e.to)));
      if (kg.sentence_b) { b.appendChild(el("blockquote", null, kg.sentence_b)); }
    } else {
      panel(String(kg.kind).replace(/_/g, " "), labelOf(e.from) + " → " + labelOf(e.to));
      if (kg.role) { details.appendChild(el("p", null, "role: " + kg.role)); }
    }
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
  });

  // ---- filters -------------------------------------------------------------------------
  var stanceBoxes = Array.prototype.slice.call(document.querySelectorAll("input[data-stance]"));
  var linkBoxes = Array.prototype.slice.call(document.querySelectorAll("input[data-link]"));
  var sourceSelect = document.getElementById("source");
  var docSelect = document.getElementById("document");

  function fill(select, entries) {
    entries.forEach(function (entry) {
      var o = el("option", null, entry[1]);
      o.value = entry[0];
      select.appendChild(o);
    });
  }
  fill(sourceSelect, Object.keys(stancesOfAgent).sort(function (a, b) {
    return (stancesOfAgent[b].length - stancesOfAgent[a].length) || labelOf(a).localeCompare(labelOf(b));
  }).map(function (id) { return [id, labelOf(id) + " (" + stancesOfAgent[id].length + ")"]; }));
  var docs = {};
  DATA.edges.forEach(function (e) {
    if (e.kg.kind === "stance" && e.kg.doc_id) { docs[e.kg.doc_id] = e.kg.doc_title || e.kg.doc_id; }
  });
  fill(docSelect, Object.keys(docs).sort(function (a, b) { return docs[a].localeCompare(docs[b]); })
    .map(function (d) { return [d, docs[d]]; }));

  function applyFilters() {
    var stances = {}, show = {};
    stanceBoxes.forEach(function (b) { stances[b.getAttribute("data-stance")] = b.checked; });
    linkBoxes.forEach(function (b) { show[b.getAttribute("data-link")] = b.checked; });
    var source = sourceSelect.value || null, doc = docSelect.value || null;
    var filtering = !!(source || doc);
    var visNode = {}, visEdge = {};
    var ok = DATA.edges.filter(function (e) {
      return e.kg.kind === "stance" && stances[e.kg.stance] !== false && (!doc || e.kg.doc_id === doc);
    });
    var scope = null;
    if (source) {
      scope = {};
      ok.forEach(function (e) { if (e.from === source) { scope[e.to] = true; } });
      Object.keys(scope).forEach(function (c) {
        (linksOfClaim[c] || []).forEach(function (e) { if (show[e.kg.kind] !== false) { scope[e.from] = scope[e.to] = true; } });
      });
      Object.keys(scope).forEach(function (c) { visNode[c] = true; });
      visNode[source] = true;
    }
    ok.forEach(function (e) {
      if (scope && !scope[e.to]) { return; }
      visEdge[e.id] = visNode[e.from] = visNode[e.to] = true;
    });
    if (!filtering) {
      DATA.nodes.forEach(function (n) {
        var k = n.kg.kind;
        if ((k === "claim" && !(stancesOfClaim[n.id] || []).length) || k === "aggregate" ||
            (k === "agent" && !(stancesOfAgent[n.id] || []).length) ||
            (k === "document" && !(reportsOfDoc[n.id] || []).length)) { visNode[n.id] = true; }
      });
    }
    if (doc && docNodeByDocId[doc]) { visNode[docNodeByDocId[doc]] = true; }
    // articles follow the claims they report, publishers the articles; then claim links
    ["reports", "published", "other"].forEach(function (pass) {
      DATA.edges.forEach(function (e) {
        var k = e.kg.kind;
        if (k === "stance" || (pass === "other" ? (k === "reports" || k === "published") : k !== pass)) { return; }
        if (k === "reports") {
          if (show.documents === false || !visNode[e.to] || (doc && nodeById[e.from].kg.doc_id !== doc)) { return; }
          visNode[e.from] = true;
        } else if (k === "published") {
          if (show.documents === false || !visNode[e.to]) { return; }
          visNode[e.from] = true;
        } else if (show[k] === false || !visNode[e.from] || !visNode[e.to]) { return; }
        visEdge[e.id] = true;
      });
    });
    if (show.documents === false) {
      DATA.nodes.forEach(function (n) { if (n.kg.kind === "document") { visNode[n.id] = false; } });
    }
    var nodeUpdates = [], edgeUpdates = [], shownNodes = 0, shownEdges = 0;
    DATA.nodes.forEach(function (n) {
      var hidden = !visNode[n.id];
      if (!hidden) { shownNodes++; }
      if (!!n.hidden !== hidden) { n.hidden = hidden; nodeUpdates.push({ id: n.id, hidden: hidden }); }
    });
    DATA.edges.forEach(function (e) {
      var hidden = !visEdge[e.id] || !visNode[e.from] || !visNode[e.to];
      if (!hidden) { shownEdges++; }
      if (!!e.hidden !== hidden) { e.hidden = hidden; edgeUpdates.push({ id: e.id, hidden: hidden }); }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    document.getElementById("counts").textContent =
      shownNodes + " of " + DATA.nodes.length + " nodes and " + shownEdges + " of " + DATA.edges.length + " edges drawn";
    return { nodes: shownNodes, edges: shownEdges };
  }
  stanceBoxes.concat(linkBoxes).forEach(function (b) { b.addEventListener("change", applyFilters); });
  sourceSelect.addEventListener("change", function () {
    applyFilters();
    if (sourceSelect.value) { focusNode(sourceSelect.value); }
  });
  docSelect.addEventListener("change", function () { applyFilters(); if (docSelect.value) { network.fit(); } });
  document.getElementById("reset").addEventListener("click", function () {
    stanceBoxes.concat(linkBoxes).forEach(function (b) { b.checked = true; });
    sourceSelect.value = ""; docSelect.value = "";
    applyFilters(); network.unselectAll(); network.fit();
  });

  // ---- search ------------------------------------------------------------------------------
  var searchBox = document.getElementById("search");
  var searchNote = document.getElementById("search-note");
  var labels = document.getElementById("labels");
  DATA.nodes.forEach(function (n) {
    if (n.kg.kind !== "aggregate") { var o = el("option"); o.value = n.kg.label || n.id; labels.appendChild(o); }
  });
  var lastQuery = "", lastHits = [], hitIndex = 0;
  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }
  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) { searchNote.textContent = ""; return null; }
    if (q !== lastQuery) {
      var exact = [], partial = [];
      DATA.nodes.forEach(function (n) {
        if (n.kg.kind === "aggregate") { return; }
        var label = String(n.kg.label || "").toLowerCase(), text = String(n.kg.text || "").toLowerCase();
        if (label === q || text === q) { exact.push(n.id); }
        else if (label.indexOf(q) >= 0 || text.indexOf(q) >= 0) { partial.push(n.id); }
      });
      lastQuery = q; lastHits = exact.concat(partial); hitIndex = 0;
    } else {
      hitIndex = lastHits.length ? (hitIndex + 1) % lastHits.length : 0;
    }
    if (!lastHits.length) { searchNote.textContent = "no match"; return null; }
    var id = lastHits[hitIndex];
    if (nodeById[id].hidden) { document.getElementById("reset").click(); }
    searchNote.textContent = (hitIndex + 1) + " of " + lastHits.length;
    focusNode(id);
    return id;
  }
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(searchBox.value);
  });

  window.kg = { nodes: nodes, edges: edges, search: search, showNode: showNode, showEdge: showEdge,
                applyFilters: applyFilters, data: DATA };
  applyFilters();
  if (META.focus && nodeById[META.focus]) {      // a source's own page opens on that source
    network.selectNodes([META.focus]);
    showNode(META.focus);
  }
})();
