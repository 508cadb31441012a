// Pivot dashboard script: hand-written, no build step. Pages are complete
// HTML without it; this adds the charts (d3, SVG so they export as SVG and
// PNG), the timeline filters and zoom, and the network view (cytoscape).
// Every chart container gets data-points (marks drawn) and data-total (sum
// of values) so tests and curious analysts can read what was rendered.
(function () {
  "use strict";

  var QUAD = { 1: "#2b8cbe", 2: "#1a9850", 3: "#f39c12", 4: "#d73027" };
  var QUADNAME = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
  var QUADOF = {
    AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1, COOPERATE: 2, AID: 2, RETREAT: 2,
    REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
    PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4
  };
  // Inlined into exported SVG so the file looks the same outside the page.
  var SVGSTYLE = "text{font:11px system-ui,sans-serif;fill:#333}.grid line{stroke:#eee}.domain{stroke:#888}" +
    ".phase{fill:#13293d}.phase-label{font-size:10px;fill:#13293d}";

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.json();
    });
  }

  function fail(el, err) {
    el.textContent = "Could not draw this chart: " + err.message;
    el.setAttribute("data-error", err.message);
  }

  // fracYear places a partial date on a continuous year axis: a bare year
  // sits mid-year, a month mid-month.
  function fracYear(d) {
    if (!d) return null;
    var p = d.split("-").map(Number);
    if (p.length === 1) return p[0] + 0.5;
    if (p.length === 2) return p[0] + (p[1] - 0.5) / 12;
    return p[0] + (p[1] - 1) / 12 + (p[2] - 0.5) / 372;
  }

  function newSVG(el, h) {
    var w = Math.max(el.clientWidth || 0, 320);
    el.textContent = "";
    var svg = d3.select(el).append("svg")
      .attr("xmlns", "http://www.w3.org/2000/svg")
      .attr("viewBox", "0 0 " + w + " " + h)
      .attr("width", w).attr("height", h);
    svg.append("style").text(SVGSTYLE);
    return { svg: svg, w: w, h: h };
  }

  var yearFmt = function (d) { return String(Math.round(d)); };

  // Timeline: one lane per quad class, events as marks, periods as bars.
  function timeline(el) {
    var dyad = el.getAttribute("data-dyad");
    getJSON("/api/events?dyad=" + encodeURIComponent(dyad)).then(function (res) {
      var evs = res.events.filter(function (e) { return e.date; });
      var form = document.getElementById("tl-filters");
      var state = { zoom: null };
      function current() {
        var f = form ? new FormData(form) : new Map();
        var type = f.get("type") || "", ctx = f.get("context") || "";
        var from = +f.get("from") || -Infinity, to = +f.get("to") || Infinity;
        return evs.filter(function (e) {
          var y = +e.date.slice(0, 4);
          return (!type || e.type === type) && (!ctx || (e.context || []).indexOf(ctx) >= 0) && y >= from && y <= to;
        });
      }
      function draw() {
        var list = current();
        filterList(list);
        drawTimeline(el, list, evs, state);
      }
      if (form) {
        form.addEventListener("input", draw);
        form.addEventListener("change", draw);
        var reset = form.querySelector("[data-action=reset-zoom]");
        if (reset) reset.addEventListener("click", function () { state.reset && state.reset(); });
      }
      draw();
      window.addEventListener("resize", debounce(draw, 200));
    }).catch(function (e) { fail(el, e); });
  }

  // filterList hides events-list rows the timeline filters exclude.
  function filterList(list) {
    var keep = {};
    list.forEach(function (e) { keep[e.id] = true; });
    document.querySelectorAll("#events li.ev").forEach(function (li) {
      li.hidden = !keep[li.getAttribute("data-id")];
    });
  }

  function drawTimeline(el, list, all, state) {
    var narrow = (el.clientWidth || 0) < 560;
    var m = { l: narrow ? 64 : 130, r: 12, t: 8, b: 26 }, lane = 34;
    var c = newSVG(el, m.t + m.b + lane * 4);
    var svg = c.svg;
    var years = all.map(function (e) { return +e.date.slice(0, 4); });
    var lo = d3.min(years) || 1947, hi = d3.max(all.map(function (e) { return +(e.end || e.date).slice(0, 4); })) || 2025;
    var x0 = d3.scaleLinear().domain([lo - 1, hi + 2]).range([m.l, c.w - m.r]);
    var x = x0;
    svg.append("g").attr("class", "lanes").selectAll("text").data([1, 2, 3, 4]).join("text")
      .attr("x", 4).attr("y", function (q) { return m.t + lane * (q - 0.5) + 4; })
      .text(function (q) { return narrow ? ["", "verb. coop", "mat. coop", "verb. conf", "mat. conf"][q] : QUADNAME[q]; });
    svg.append("g").attr("class", "grid").selectAll("line").data([1, 2, 3, 4]).join("line")
      .attr("x1", m.l).attr("x2", c.w - m.r)
      .attr("y1", function (q) { return m.t + lane * q; }).attr("y2", function (q) { return m.t + lane * q; });
    var axisG = svg.append("g").attr("class", "axis").attr("transform", "translate(0," + (c.h - m.b) + ")");
    svg.append("clipPath").attr("id", "tl-clip").append("rect")
      .attr("x", m.l).attr("y", 0).attr("width", c.w - m.l - m.r).attr("height", c.h);
    var marksG = svg.append("g").attr("clip-path", "url(#tl-clip)");

    // Stack marks that share a year and lane so none hides another.
    var slot = {};
    var rows = list.map(function (e) {
      var q = QUADOF[e.type] || 1, y = Math.floor(fracYear(e.date)), k = q + ":" + y;
      slot[k] = (slot[k] || 0) + 1;
      return { e: e, q: q, s: slot[k] - 1 };
    });
    var marks = marksG.selectAll("a").data(rows).join("a")
      .attr("href", function (d) { return "/events/" + encodeURIComponent(d.e.id); })
      .attr("class", "mark")
      .attr("aria-label", function (d) { return d.e.type + " " + d.e.actor.join(",") + " to " + d.e.recipient.join(",") + ", " + d.e.date + (d.e.review === "rejected" ? " (rejected)" : ""); });
    marks.append("title").text(function (d) {
      return d.e.date + (d.e.end ? "–" + d.e.end : "") + "  " + d.e.type + "  " + d.e.actor.join(",") + " → " + d.e.recipient.join(",") + "\n" + d.e.quote;
    });
    marks.append("line").attr("class", "span").attr("stroke-width", 4).attr("stroke-linecap", "round")
      .attr("stroke", function (d) { return QUAD[d.q]; }).attr("stroke-opacity", 0.45);
    marks.append("circle").attr("r", 5)
      .attr("fill", function (d) { return d.e.review === "rejected" ? "#fff" : QUAD[d.q]; })
      .attr("stroke", function (d) { return QUAD[d.q]; }).attr("stroke-width", 1.5)
      .attr("stroke-dasharray", function (d) { return d.e.review === "rejected" ? "2,2" : null; });

    function place() {
      axisG.call(d3.axisBottom(x).ticks(Math.max(3, Math.floor(c.w / 70))).tickFormat(yearFmt));
      marks.each(function (d) {
        var cy = m.t + lane * (d.q - 1) + 9 + (d.s % 3) * 8 + Math.floor(d.s / 3) * 2;
        var cx = x(fracYear(d.e.date)), ex = d.e.end ? x(fracYear(d.e.end)) : cx;
        var g = d3.select(this);
        g.select("circle").attr("cx", cx).attr("cy", cy);
        g.select("line").attr("x1", cx).attr("x2", ex).attr("y1", cy).attr("y2", cy);
      });
    }
    var zoom = d3.zoom().scaleExtent([1, 40])
      .translateExtent([[m.l, 0], [c.w - m.r, c.h]]).extent([[m.l, 0], [c.w - m.r, c.h]])
      .on("zoom", function (ev) { state.zoom = ev.transform; x = ev.transform.rescaleX(x0); place(); });
    svg.call(zoom);
    if (state.zoom) svg.call(zoom.transform, state.zoom);
    state.reset = function () { svg.call(zoom.transform, d3.zoomIdentity); };
    place();
    el.setAttribute("data-points", rows.length);
    el.setAttribute("data-total", all.length);
  }

  // Series charts: grouped bars per direction (arms, intensity), lines per
  // category (aid); a multi-year value is drawn as its yearly average.
  function seriesChart(el) {
    var dyad = el.getAttribute("data-dyad"), measure = el.getAttribute("data-measure");
    var reqs = [getJSON("/api/series?dyad=" + encodeURIComponent(dyad) + "&measure=" + measure)];
    if (el.hasAttribute("data-phases")) {
      reqs.push(getJSON("/api/phases?dyad=" + encodeURIComponent(dyad) + "&measure=" + measure).catch(function () { return { phases: [] }; }));
    }
    Promise.all(reqs).then(function (r) {
      var res = r[0], phases = mainPhases(res, r[1] ? r[1].phases || [] : []);
      var draw = function () { (measure === "aid" ? lineChart : barChart)(el, res, phases); };
      draw();
      window.addEventListener("resize", debounce(draw, 200));
    }).catch(function (e) { fail(el, e); });
  }

  // mainPhases keeps the phases of the direction with the most events:
  // two directions' bands on one chart would be unreadable.
  function mainPhases(res, phases) {
    var best = null, bestN = -1;
    res.series.forEach(function (s) {
      var n = d3.sum(s.points, function (p) { return p.count || 0; });
      if (n > bestN) { best = s.direction; bestN = n; }
    });
    return phases.filter(function (p) { return !p.direction || p.direction === best; });
  }

  function setTotals(el, series) {
    var n = 0, total = 0, count = 0;
    series.forEach(function (s) {
      s.points.forEach(function (p) { n++; total += p.value; count += p.count || 0; });
    });
    el.setAttribute("data-points", n);
    el.setAttribute("data-total", Math.round(total * 1000) / 1000);
    el.setAttribute("data-count", count);
    el.setAttribute("data-series", series.map(function (s) { return s.direction + (s.category ? "/" + s.category : ""); }).join(" "));
  }

  // legend lays items out in rows that fit the chart's width, so a phone
  // gets two short rows instead of names running off the edge.
  function legend(svg, names, color, x, y, w) {
    var item = 120, per = Math.max(1, Math.floor((w - x) / item));
    // Too many for the line beside the unit label: start on the next line.
    if (per < names.length && x > 60) { x = 40; y = 25; per = Math.max(1, Math.floor((w - x) / item)); }
    var g = svg.append("g").attr("class", "legend").attr("transform", "translate(" + x + "," + y + ")");
    names.forEach(function (n, i) {
      var it = g.append("g").attr("transform", "translate(" + ((i % per) * item) + "," + (Math.floor(i / per) * 13) + ")");
      it.append("rect").attr("width", 10).attr("height", 10).attr("y", -9).attr("fill", color(n));
      it.append("text").attr("x", 14).text(n);
    });
    return Math.ceil(names.length / per);
  }

  // legendRows predicts legend()'s row count so the plot starts below it.
  function legendRows(n, w) {
    var per = Math.max(1, Math.floor((w - 52 - 120) / 120));
    if (per >= n) return 1;
    return Math.ceil(n / Math.max(1, Math.floor((w - 40) / 120))) + 1;
  }

  function frame(el, res, phases, yExtent, nLegend) {
    var w0 = Math.max(el.clientWidth || 0, 320), rows = legendRows(nLegend || 1, w0);
    var m = { l: 52, r: 12, t: 22 + 13 * (rows - 1), b: 26 };
    var c = newSVG(el, 230 + 13 * (rows - 1));
    var all = [];
    res.series.forEach(function (s) { s.points.forEach(function (p) { all.push(p); }); });
    var lo = d3.min(all, function (p) { return p.year; }), hi = d3.max(all, function (p) { return p.end || p.year; });
    phases.forEach(function (p) { lo = Math.min(lo, p.start); hi = Math.max(hi, p.end); });
    var x = d3.scaleLinear().domain([(lo || 1950) - 0.5, (hi || 2025) + 1.5]).range([m.l, c.w - m.r]);
    var y = d3.scaleLinear().domain(yExtent).nice().range([c.h - m.b, m.t]);
    c.svg.append("g").attr("class", "phases").selectAll("rect").data(phases).join("rect")
      .attr("class", "phase").attr("x", function (p) { return x(p.start - 0.5); })
      .attr("width", function (p) { return Math.max(1, x(p.end + 0.5) - x(p.start - 0.5)); })
      .attr("y", m.t).attr("height", c.h - m.t - m.b)
      .attr("fill-opacity", function (p, i) { return i % 2 ? 0.11 : 0.05; })
      .append("title").text(function (p) { return (p.direction || "") + " " + p.label + " " + p.start + "–" + p.end + ", mean " + d3.format(",.1f")(p.level) + " a year"; });
    c.svg.append("g").selectAll("text").data(phases.filter(function (p) { return x(p.end + 0.5) - x(p.start - 0.5) > 6 * p.label.length + 6; })).join("text").attr("class", "phase-label")
      .attr("x", function (p) { return x(p.start - 0.5) + 3; }).attr("y", m.t + 10).text(function (p) { return p.label; });
    el.setAttribute("data-phases", phases.length);
    c.svg.append("g").attr("class", "grid").attr("transform", "translate(" + m.l + ",0)")
      .call(d3.axisLeft(y).ticks(5).tickSize(-(c.w - m.l - m.r)).tickFormat(""))
      .call(function (g) { g.select(".domain").remove(); });
    c.svg.append("g").attr("class", "axis").attr("transform", "translate(0," + (c.h - m.b) + ")")
      .call(d3.axisBottom(x).ticks(Math.max(3, Math.floor(c.w / 70))).tickFormat(yearFmt));
    c.svg.append("g").attr("class", "axis").attr("transform", "translate(" + m.l + ",0)").call(d3.axisLeft(y).ticks(5, "~s"));
    c.svg.append("text").attr("x", m.l).attr("y", 12).text(res.unit || "");
    c.x = x; c.y = y; c.m = m;
    return c;
  }

  function barChart(el, res, phases) {
    var series = res.series.filter(function (s) { return !s.category || s.category === "total"; });
    if (!series.length) series = res.series;
    setTotals(el, series);
    var vals = [0];
    series.forEach(function (s) { s.points.forEach(function (p) { vals.push(p.value); }); });
    var c = frame(el, { series: series, unit: res.unit }, phases, d3.extent(vals), series.length);
    var names = series.map(function (s) { return s.direction; });
    var color = d3.scaleOrdinal(names, d3.schemeTableau10);
    var bw = Math.max(1, (c.x(1) - c.x(0)) * 0.8 / Math.max(1, series.length));
    series.forEach(function (s, i) {
      c.svg.append("g").attr("class", "bars").selectAll("rect").data(s.points).join("rect")
        .attr("x", function (p) { return c.x(p.year) - bw * series.length / 2 + i * bw; })
        .attr("width", bw)
        .attr("y", function (p) { return c.y(Math.max(0, p.value)); })
        .attr("height", function (p) { return Math.abs(c.y(p.value) - c.y(0)); })
        .attr("fill", color(s.direction))
        .append("title").text(function (p) { return p.year + " " + s.direction + ": " + d3.format(",~r")(p.value) + (p.count ? " (" + p.count + " events)" : ""); });
    });
    legend(c.svg, names, color, c.m.l + 120, 12, c.w);
  }

  function lineChart(el, res, phases) {
    setTotals(el, res.series);
    var vals = [0];
    res.series.forEach(function (s) { s.points.forEach(function (p) { vals.push(p.end ? p.value / (p.end - p.year + 1) : p.value); }); });
    var c = frame(el, res, phases, d3.extent(vals), res.series.length);
    var names = res.series.map(function (s) { return s.category || s.direction; });
    var color = d3.scaleOrdinal(names, d3.schemeTableau10);
    res.series.forEach(function (s) {
      var name = s.category || s.direction, col = color(name);
      var single = s.points.filter(function (p) { return !p.end; });
      c.svg.append("path").datum(single).attr("fill", "none").attr("stroke", col).attr("stroke-width", 2)
        .attr("d", d3.line().x(function (p) { return c.x(p.year); }).y(function (p) { return c.y(p.value); }));
      c.svg.append("g").selectAll("circle").data(single).join("circle").attr("r", 3).attr("fill", col)
        .attr("cx", function (p) { return c.x(p.year); }).attr("cy", function (p) { return c.y(p.value); })
        .append("title").text(function (p) { return (p.period || p.year) + " " + name + ": " + d3.format(",~r")(p.value); });
      var ranges = s.points.filter(function (p) { return p.end; });
      c.svg.append("g").selectAll("line").data(ranges).join("line").attr("stroke", col).attr("stroke-width", 2)
        .attr("stroke-dasharray", "5,3")
        .attr("x1", function (p) { return c.x(p.year); }).attr("x2", function (p) { return c.x(p.end); })
        .attr("y1", function (p) { return c.y(p.value / (p.end - p.year + 1)); })
        .attr("y2", function (p) { return c.y(p.value / (p.end - p.year + 1)); })
        .append("title").text(function (p) { return p.period + " " + name + ": " + d3.format(",~r")(p.value) + " in total, " + d3.format(",.0f")(p.value / (p.end - p.year + 1)) + " a year on average"; });
    });
    legend(c.svg, names, color, c.m.l + 120, 12, c.w);
  }

  // Drivers: events per year by context, stacked; contexts beyond the
  // eight largest are folded into "other" to keep the legend readable.
  function driversChart(el) {
    var dyad = el.getAttribute("data-dyad");
    getJSON("/api/drivers?dyad=" + encodeURIComponent(dyad)).then(function (res) {
      var draw = function () { drawDrivers(el, res); };
      draw();
      window.addEventListener("resize", debounce(draw, 200));
    }).catch(function (e) { fail(el, e); });
  }

  function drawDrivers(el, res) {
    var keys = res.keys.slice(0, 8), other = res.keys.length > 8;
    if (other) keys.push("other");
    var byYear = {};
    res.years.forEach(function (y) { byYear[y.year] = y.contexts; });
    var ys = res.years.map(function (y) { return y.year; });
    var rows = [];
    for (var yr = d3.min(ys); yr <= d3.max(ys); yr++) {
      var c = byYear[yr] || {}, row = { year: yr };
      keys.forEach(function (k) { row[k] = 0; });
      Object.keys(c).forEach(function (k) {
        if (keys.indexOf(k) >= 0) row[k] += c[k]; else row.other += c[k];
      });
      rows.push(row);
    }
    el.setAttribute("data-points", res.years.length);
    el.setAttribute("data-total", res.summary.events);
    if (!rows.length) { el.textContent = "No events."; return; }
    var stack = d3.stack().keys(keys)(rows);
    var fr = frame(el, { series: [{ points: rows.map(function (r) { return { year: r.year }; }) }], unit: "events by context" }, [],
      [0, d3.max(stack[stack.length - 1], function (d) { return d[1]; })], keys.length);
    var color = d3.scaleOrdinal(keys, d3.schemeTableau10);
    fr.svg.append("g").selectAll("path").data(stack).join("path")
      .attr("fill", function (s) { return color(s.key); }).attr("fill-opacity", 0.85)
      .attr("d", d3.area().curve(d3.curveStep).x(function (d) { return fr.x(d.data.year); })
        .y0(function (d) { return fr.y(d[0]); }).y1(function (d) { return fr.y(d[1]); }))
      .append("title").text(function (s) { return s.key; });
    legend(fr.svg, keys, color, fr.m.l + 120, 12, fr.w);
  }

  function sparkline(el) {
    var pts = JSON.parse(el.getAttribute("data-series") || "[]");
    el.setAttribute("data-points", pts.length);
    if (!pts.length) { el.textContent = "no events yet"; return; }
    var w = Math.max(el.clientWidth || 0, 200), h = 60;
    el.textContent = "";
    var svg = d3.select(el).append("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("viewBox", "0 0 " + w + " " + h).attr("preserveAspectRatio", "none");
    var x = d3.scaleLinear().domain([d3.min(pts, function (p) { return p.year; }) - 0.5, d3.max(pts, function (p) { return p.year; }) + 0.5]).range([2, w - 2]);
    var ext = d3.extent(pts.map(function (p) { return p.value; }).concat([0]));
    var y = d3.scaleLinear().domain(ext).range([h - 3, 3]);
    var bw = Math.max(1.5, (x(1) - x(0)) * 0.8);
    svg.append("line").attr("x1", 0).attr("x2", w).attr("y1", y(0)).attr("y2", y(0)).attr("stroke", "#ccc");
    svg.selectAll("rect").data(pts).join("rect")
      .attr("x", function (p) { return x(p.year) - bw / 2; }).attr("width", bw)
      .attr("y", function (p) { return y(Math.max(0, p.value)); })
      .attr("height", function (p) { return Math.max(1, Math.abs(y(p.value) - y(0))); })
      .attr("fill", function (p) { return p.value >= 0 ? QUAD[2] : QUAD[4]; })
      .append("title").text(function (p) { return p.year + ": " + d3.format(",~r")(p.value); });
  }

  function network(el) {
    var data = JSON.parse(el.getAttribute("data-network") || "{}");
    el.setAttribute("data-points", (data.nodes || []).length);
    el.setAttribute("data-edges", (data.edges || []).length);
    if (typeof cytoscape === "undefined" || !data.nodes || !data.nodes.length) { el.textContent = "No interactions in this period."; return; }
    var maxN = Math.max.apply(null, data.nodes.map(function (n) { return n.events; }));
    var maxE = Math.max.apply(null, data.edges.map(function (e) { return e.count; }).concat([1]));
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.name, size: 18 + 42 * Math.sqrt(n.events / maxN) } };
    }).concat(data.edges.map(function (e) {
      return { data: { id: e.source + "-" + e.target, source: e.source, target: e.target, w: 1 + 9 * e.count / maxE, col: scoreColor(e.score), count: e.count } };
    }));
    var cy = cytoscape({
      container: el, elements: elements, layout: { name: "cose", animate: false, randomize: false },
      style: [
        { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#13293d", color: "#13293d", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3 } },
        { selector: "edge", style: { width: "data(w)", "line-color": "data(col)", "curve-style": "bezier", opacity: 0.8 } }
      ]
    });
    cy.on("tap", "edge", function (ev) { location.href = "/dyad/" + ev.target.id(); });
    cy.on("tap", "node", function (ev) { location.href = "/?actor=" + encodeURIComponent(ev.target.id()); });
    el._cy = cy;
  }

  function scoreColor(s) {
    // Mean PLOVER score from -10 (conflict) to +10 (cooperation).
    var t = Math.max(-1, Math.min(1, s / 10));
    return t >= 0 ? d3.interpolateRgb("#9aa5ad", QUAD[2])(t) : d3.interpolateRgb("#9aa5ad", QUAD[4])(-t);
  }

  // Export: SVG as a file, PNG by drawing that SVG onto a canvas.
  function download(name, blob) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function exportChart(id, kind) {
    var el = document.getElementById(id);
    if (!el) return;
    var base = (el.getAttribute("data-dyad") || "pivot") + "-" + id;
    if (el._cy) {
      download(base + ".png", el._cy.png({ output: "blob", full: true, bg: "#ffffff", scale: 2 }));
      return;
    }
    var svg = el.querySelector("svg");
    if (!svg) return;
    var src = new XMLSerializer().serializeToString(svg);
    var blob = new Blob([src], { type: "image/svg+xml" });
    if (kind === "svg") { download(base + ".svg", blob); return; }
    var img = new Image(), vb = svg.viewBox.baseVal, scale = 2;
    img.onload = function () {
      var cv = document.createElement("canvas");
      cv.width = vb.width * scale; cv.height = vb.height * scale;
      var g = cv.getContext("2d");
      g.fillStyle = "#fff"; g.fillRect(0, 0, cv.width, cv.height);
      g.drawImage(img, 0, 0, cv.width, cv.height);
      cv.toBlob(function (b) { download(base + ".png", b); }, "image/png");
      URL.revokeObjectURL(img.src);
    };
    img.src = URL.createObjectURL(blob);
  }

  function debounce(fn, ms) {
    var t;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }

  document.addEventListener("click", function (ev) {
    var b = ev.target.closest("[data-export]");
    if (!b) return;
    var holder = b.closest("[data-for]");
    if (holder) exportChart(holder.getAttribute("data-for"), b.getAttribute("data-export"));
  });

  // Tables marked data-csv get a button that downloads them as CSV, cells
  // quoted so commas and quotes in source text survive.
  function tableCSV(table) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "csv";
    b.textContent = "Download table as CSV";
    b.addEventListener("click", function () {
      var rows = [].map.call(table.rows, function (tr) {
        return [].map.call(tr.cells, function (td) {
          var v = td.textContent.trim().replace(/\s+/g, " ");
          if (/^[=+\-@]/.test(v)) v = "'" + v; // no spreadsheet formulas from source text
          return '"' + v.replace(/"/g, '""') + '"';
        }).join(",");
      });
      download(table.getAttribute("data-csv") + ".csv", new Blob([rows.join("\r\n") + "\r\n"], { type: "text/csv" }));
    });
    table.parentNode.insertBefore(b, table.nextSibling);
  }

  function init() {
    document.querySelectorAll("table[data-csv]").forEach(tableCSV);
    if (typeof d3 !== "undefined") {
      document.querySelectorAll(".spark[data-series]").forEach(sparkline);
      var tl = document.getElementById("timeline");
      if (tl) timeline(tl);
      document.querySelectorAll(".plot[data-measure]").forEach(seriesChart);
      document.querySelectorAll(".plot[data-drivers]").forEach(driversChart);
    }
    var net = document.getElementById("network");
    if (net) network(net);
    // Opening a document at #s-N scrolls to the sentence; make it focusable
    // so keyboard users land there too.
    if (location.hash.indexOf("#s-") === 0) {
      var s = document.getElementById(location.hash.slice(1));
      if (s) { s.setAttribute("tabindex", "-1"); s.focus(); }
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
