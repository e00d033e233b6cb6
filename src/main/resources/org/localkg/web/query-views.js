// Result views of the query page beyond YASR's table: a bar or line chart, a timeline and a graph,
// drawn as SVG in the browser from the rows of a SELECT (or the triples of a CONSTRUCT), and the
// labels of IRIs beside them in the table. YASGUI's own chart plugin draws with a charting
// service loaded from the web, which this server's content policy (and the wish to need no CDN)
// rules out, so the views are small plugins of our own.
(function () {
  const Yasr = Yasgui.Yasr;
  const SVG = 'http://www.w3.org/2000/svg';
  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  const NUMERIC = ['integer', 'decimal', 'double', 'float', 'long', 'int', 'short', 'byte', 'nonNegativeInteger',
    'positiveInteger', 'negativeInteger', 'nonPositiveInteger', 'unsignedLong', 'unsignedInt'].map((t) => XSD + t);
  const TEMPORAL = ['date', 'dateTime', 'gYear', 'gYearMonth'].map((t) => XSD + t);
  const MAX_ROWS = 200;
  const FONT = '13px system-ui, sans-serif';

  // ---- labels: the titles the pages show (/titles), one request per hundred IRIs, asked once per page.
  // A label query would find no name for an inspection, a membership or an untitled article, and
  // the views would show its hash; the pages' titles say who, what and when ----
  const labels = new Map(); // IRI → its title, '' while asked or when it has none
  const SAFE_IRI = /^https?:\/\/[^\s<>"{}|\\^`]+$/;

  function fetchLabels(iris) {
    const wanted = [...new Set(iris)].filter((i) => SAFE_IRI.test(i) && !labels.has(i)).slice(0, 1000);
    wanted.forEach((i) => labels.set(i, ''));
    const asks = [];
    for (let i = 0; i < wanted.length; i += 100) {
      const body = new URLSearchParams();
      wanted.slice(i, i + 100).forEach((iri) => body.append('iri', iri));
      asks.push(fetch(location.origin + '/titles', { method: 'POST', body: body, headers: { Accept: 'application/json' } })
        .then((r) => (r.ok ? r.json() : {}))
        .then((titles) => Object.entries(titles).forEach(([iri, title]) => labels.set(iri, title)))
        .catch(() => {}));
    }
    return Promise.all(asks);
  }

  const shortIri = (iri) => iri.slice(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1) || iri;
  const shown = (b) => (!b ? '' : b.type === 'uri' ? labels.get(b.value) || shortIri(b.value) : b.value);
  const numberOf = (b) => (b && b.type !== 'uri' && b.value.trim() !== '' && isFinite(b.value) ? Number(b.value) : NaN);

  // numbers as people write them in Chinese: 10亿, 2.5万
  function amount(n) {
    const a = Math.abs(n);
    const trim = (x) => String(Number(x.toPrecision(4)));
    return a >= 1e8 ? trim(n / 1e8) + '亿' : a >= 1e4 ? trim(n / 1e4) + '万' : trim(n);
  }

  // ---- the table: labels beside IRIs, for every page the table draws ----
  function labelTable(root) {
    const anchors = [...root.querySelectorAll('.yasr td a.iri:not([data-kg-labelled])')].filter((a) => !a.closest('sup'));
    if (!anchors.length) {
      return;
    }
    anchors.forEach((a) => a.setAttribute('data-kg-labelled', ''));
    fetchLabels(anchors.map((a) => a.href)).then(() => {
      for (const a of anchors) {
        const label = labels.get(a.href);
        if (label) {
          const span = document.createElement('span');
          span.className = 'kg-label';
          span.textContent = label;
          a.closest('td > div').prepend(span);
        }
      }
    });
  }
  const root = document.getElementById('yasgui');
  let pending = false;
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => { pending = false; labelTable(root); });
    }
  }).observe(root, { childList: true, subtree: true });

  // ---- drawing helpers ----
  function el(name, attrs, parent, text) {
    const e = document.createElementNS(SVG, name);
    for (const k in attrs) {
      e.setAttribute(k, attrs[k]);
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    if (parent) {
      parent.appendChild(e);
    }
    return e;
  }
  const measure = (() => {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = FONT;
    return (s) => ctx.measureText(s).width;
  })();
  function fit(s, width) {
    if (measure(s) <= width) {
      return s;
    }
    let t = s;
    while (t.length > 1 && measure(t + '…') > width) {
      t = t.slice(0, -1);
    }
    return t + '…';
  }
  function svg(parent, cls, width, height) {
    return el('svg', { class: cls, viewBox: `0 0 ${width} ${height}`, width: width, height: height, role: 'img' }, parent);
  }
  function icon(paths) {
    const i = el('svg', { viewBox: '0 0 16 16', width: 15, height: 15, fill: 'currentColor' });
    paths.forEach((d) => el('path', { d: d }, i));
    const wrap = document.createElement('div');
    wrap.className = 'svgImg';
    wrap.appendChild(i);
    return wrap;
  }
  function select(options, value, onChange) {
    const s = document.createElement('select');
    for (const [v, text] of options) {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = text;
      o.selected = v === value;
      s.appendChild(o);
    }
    s.addEventListener('change', () => onChange(s.value));
    return s;
  }
  function rowsOf(yasr) {
    const r = yasr.results;
    const bindings = (r && r.getBindings && r.getBindings()) || [];
    return { vars: (r && r.getVariables && r.getVariables()) || [], rows: bindings.slice(0, MAX_ROWS), all: bindings.length };
  }
  const isNumeric = (rows, v) => rows.some((b) => b[v]) && rows.every((b) => !b[v] || !isNaN(numberOf(b[v])));
  const irisIn = (rows, vars) => rows.flatMap((b) => vars.map((v) => b[v]).filter((x) => x && x.type === 'uri').map((x) => x.value));
  const colour = (i) => ['#3b73b9', '#d9822b', '#3a9a5b', '#b0413e', '#7d5ba6', '#8c6d31'][i % 6];

  // a view of its own inside YASR's results, with a line of controls and a note on cut rows
  class View {
    constructor(yasr, name, label, priority, iconPaths) {
      this.yasr = yasr;
      this.name = name;
      this.label = label;
      this.priority = priority;
      this.iconPaths = iconPaths;
      this.config = {};
    }
    getIcon() {
      return icon(this.iconPaths);
    }
    canHandleResults() {
      return !!this.yasr.results && !this.yasr.results.getError?.() && this.usable(rowsOf(this.yasr));
    }
    async draw(persistent) {
      this.config = Object.assign({}, this.config, persistent);
      const data = rowsOf(this.yasr);
      await fetchLabels(irisIn(data.rows, data.vars));
      if (this.yasr.drawnPlugin !== this.name) {
        return; // another view was chosen while the labels were asked for
      }
      const box = document.createElement('div');
      box.className = 'kg-view';
      this.yasr.resultsEl.innerHTML = '';
      this.yasr.resultsEl.appendChild(box);
      const controls = document.createElement('div');
      controls.className = 'kg-controls';
      box.appendChild(controls);
      const width = Math.max(320, Math.min(1100, this.yasr.resultsEl.clientWidth || 800));
      this.render(box, controls, data, width);
      if (data.all > data.rows.length) {
        const note = document.createElement('p');
        note.textContent = `Showing the first ${data.rows.length} of ${data.all} rows.`;
        box.appendChild(note);
      }
    }
    // controls change the view, and are kept with the tab like the table's settings
    set(key, value) {
      this.config[key] = value;
      this.yasr.storePluginConfig(this.name, this.config);
      this.draw(this.config);
    }
  }

  // ---- chart: a bar per row (label, number), or a line through them ----
  class Chart extends View {
    constructor(yasr) {
      super(yasr, 'chart', 'Chart', 5, ['M1 14h14v1H1z', 'M2 8h3v6H2z', 'M6.5 4h3v10h-3z', 'M11 10h3v4h-3z']);
    }
    usable(data) {
      return data.rows.length > 0 && data.vars.some((v) => isNumeric(data.rows, v));
    }
    render(box, controls, data, width) {
      const numbers = data.vars.filter((v) => isNumeric(data.rows, v));
      const value = numbers.includes(this.config.value) ? this.config.value : numbers[numbers.length - 1];
      const labelVar = data.vars.find((v) => !numbers.includes(v)) || null;
      const kind = this.config.kind === 'line' ? 'line' : 'bar';
      controls.append(select([['bar', '柱状 Bars'], ['line', '折线 Line']], kind, (k) => this.set('kind', k)));
      if (numbers.length > 1) {
        controls.append(select(numbers.map((v) => [v, '?' + v]), value, (v) => this.set('value', v)));
      }
      const points = data.rows.map((b, i) => ({ label: labelVar ? shown(b[labelVar]) : String(i + 1), n: numberOf(b[value]) || 0 }));
      (kind === 'bar' ? bars : line)(box, points, width, value);
    }
  }

  function bars(box, points, width, value) {
    const labelWidth = Math.min(width * 0.4, Math.max(...points.map((p) => measure(p.label))) + 10);
    const valueWidth = Math.max(...points.map((p) => measure(amount(p.n)))) + 12;
    const max = Math.max(0, ...points.map((p) => p.n)) || 1;
    const row = 24;
    const s = svg(box, 'kg-chart', width, points.length * row + 28);
    el('text', { x: labelWidth, y: 14, class: 'axis' }, s, '?' + value);
    points.forEach((p, i) => {
      const y = 22 + i * row;
      const length = Math.max(0, (width - labelWidth - valueWidth) * p.n / max);
      el('text', { x: labelWidth - 6, y: y + 15, 'text-anchor': 'end' }, s, fit(p.label, labelWidth - 8));
      el('title', {}, el('rect', { class: 'bar', x: labelWidth, y: y + 3, width: length, height: row - 7, fill: colour(0) }, s),
        `${p.label}: ${p.n}`);
      el('text', { x: labelWidth + length + 4, y: y + 15 }, s, amount(p.n));
    });
  }

  function line(box, points, width, value) {
    const bottom = Math.min(160, Math.max(...points.map((p) => measure(p.label))) * 0.75 + 16);
    const height = 300;
    // room for the numbers, and for the first label, which leans left under the axis
    const left = Math.max(Math.max(...points.map((p) => measure(amount(p.n)))) + 12,
      Math.min(bottom * 1.2, measure(points[0].label)) * 0.77 - 4);
    const max = Math.max(0, ...points.map((p) => p.n)) || 1;
    const s = svg(box, 'kg-chart', width, height + bottom);
    const x = (i) => left + 10 + (points.length > 1 ? i * (width - left - 30) / (points.length - 1) : (width - left) / 2);
    const y = (n) => 26 + (height - 38) * (1 - n / max);
    el('line', { x1: left, y1: y(0), x2: width - 10, y2: y(0), class: 'axis-line' }, s);
    [0, max / 2, max].forEach((n) => el('text', { x: left - 4, y: y(n) + 4, 'text-anchor': 'end', class: 'axis' }, s, amount(n)));
    el('polyline', { points: points.map((p, i) => `${x(i)},${y(p.n)}`).join(' '), fill: 'none', stroke: colour(0), 'stroke-width': 2 }, s);
    points.forEach((p, i) => {
      el('title', {}, el('circle', { class: 'bar', cx: x(i), cy: y(p.n), r: 4, fill: colour(0) }, s), `${p.label}: ${p.n}`);
      el('text', { transform: `translate(${x(i)},${y(0) + 14}) rotate(-40)`, 'text-anchor': 'end' }, s, fit(p.label, bottom * 1.2));
    });
    el('text', { x: left, y: 10, class: 'axis' }, s, '?' + value);
  }

  // ---- timeline: a mark per dated row, in a lane per person or thing ----
  const timeOf = (b) => {
    if (!b || !TEMPORAL.includes(b.datatype)) {
      return NaN;
    }
    const m = /^(-?\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(b.value);
    return m ? Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) : NaN;
  };

  class Timeline extends View {
    constructor(yasr) {
      super(yasr, 'timeline', 'Timeline', 4, ['M1 8h14v1H1z', 'M3 5h2v6H3z', 'M8 3h2v10H8z', 'M12 6h2v4h-2z']);
    }
    usable(data) {
      return data.vars.some((v) => data.rows.some((b) => !isNaN(timeOf(b[v]))));
    }
    render(box, controls, data, width) {
      const when = data.vars.find((v) => data.rows.some((b) => !isNaN(timeOf(b[v]))));
      const laneVar = data.vars.find((v) => v !== when && !isNumeric(data.rows, v)) || null;
      const dated = data.rows.filter((b) => !isNaN(timeOf(b[when])));
      const lanes = [...new Set(dated.map((b) => (laneVar ? shown(b[laneVar]) : '')))];
      const labelWidth = laneVar ? Math.min(width * 0.3, Math.max(...lanes.map(measure)) + 10) : 10;
      const times = dated.map((b) => timeOf(b[when]));
      const year = 365.25 * 864e5;
      let from = Math.min(...times);
      let to = Math.max(...times);
      if (to - from < 864e5 * 30) {
        from -= 864e5 * 15;
        to += 864e5 * 15;
      }
      const row = 26;
      const s = svg(box, 'kg-timeline', width, lanes.length * row + 40);
      const x = (t) => labelWidth + 8 + (width - labelWidth - 24) * (t - from) / (to - from);
      const axisY = lanes.length * row + 8;
      el('line', { x1: labelWidth, y1: axisY, x2: width - 8, y2: axisY, class: 'axis-line' }, s);
      const first = new Date(from).getUTCFullYear();
      const monthly = to - from < 2 * year;
      for (let yr = first; Date.UTC(yr, 0, 1) <= to; yr++) {
        for (let mo = 0; mo < 12; mo += monthly ? (to - from < year / 2 ? 1 : 3) : 12) {
          const t = Date.UTC(yr, mo, 1);
          if (t >= from && t <= to) {
            el('line', { x1: x(t), y1: 0, x2: x(t), y2: axisY, class: 'grid' }, s);
            el('text', { x: x(t), y: axisY + 16, 'text-anchor': 'middle', class: 'axis' }, s, monthly ? `${yr}-${String(mo + 1).padStart(2, '0')}` : String(yr));
          }
        }
      }
      lanes.forEach((lane, i) => el('text', { x: labelWidth - 6, y: i * row + 17, 'text-anchor': 'end' }, s, fit(lane, labelWidth - 8)));
      dated.forEach((b) => {
        const lane = lanes.indexOf(laneVar ? shown(b[laneVar]) : '');
        const what = data.vars.map((v) => (b[v] ? `${v}: ${shown(b[v])}` : '')).filter(Boolean).join('\n');
        el('title', {}, el('circle', { cx: x(timeOf(b[when])), cy: lane * row + 13, r: 6, fill: colour(lane), 'fill-opacity': 0.8 }, s), what);
      });
    }
  }

  // ---- graph: the IRIs of a row linked to the row's first IRI (or a CONSTRUCT's triples, with their Turtle) ----
  class Graph extends View {
    constructor(yasr) {
      super(yasr, 'graph', 'Graph', 3, ['M3 3a2 2 0 1 1 0 .1zM13 4a2 2 0 1 1 0 .1zM8 12a2 2 0 1 1 0 .1z', 'M4 4l4 8 .8-.4-4-8zM12 5l-4 7 .8.4 4-7z']);
    }
    usable(data) {
      return data.rows.some((b) => data.vars.filter((v) => b[v] && b[v].type === 'uri').length >= 2);
    }
    render(box, controls, data, width) {
      const triples = ['subject', 'predicate', 'object'].every((v) => data.vars.includes(v));
      const nodes = new Map();
      const edges = [];
      const node = (b, v) => {
        if (!nodes.has(b.value)) {
          nodes.set(b.value, { iri: b.value, label: shown(b), group: data.vars.indexOf(v), x: 0, y: 0 });
        }
        return nodes.get(b.value);
      };
      for (const b of data.rows) {
        if (triples) {
          if (b.object && b.object.type === 'uri') {
            edges.push({ a: node(b.subject, 'subject'), b: node(b.object, 'object'), label: shown(b.predicate) });
          }
          continue;
        }
        const iris = data.vars.filter((v) => b[v] && b[v].type === 'uri');
        for (const v of iris.slice(1)) {
          edges.push({ a: node(b[iris[0]], iris[0]), b: node(b[v], v), label: v });
        }
      }
      if (triples) {
        this.turtle(box);
      }
      if (!edges.length) {
        const none = document.createElement('p');
        none.textContent = 'No link between two resources to draw.';
        box.insertBefore(none, box.querySelector('.kg-turtle'));
        return;
      }
      const height = Math.max(320, Math.min(700, 120 + nodes.size * 12));
      layout([...nodes.values()], edges, width, height);
      const s = svg(null, 'kg-graph', width, height);
      box.insertBefore(s, box.querySelector('.kg-turtle'));
      const seen = new Set();
      for (const e of edges) {
        const key = e.a.iri + ' ' + e.b.iri;
        if (!seen.has(key)) {
          seen.add(key);
          el('title', {}, el('line', { x1: e.a.x, y1: e.a.y, x2: e.b.x, y2: e.b.y, class: 'edge' }, s), e.label);
        }
      }
      for (const n of nodes.values()) {
        // a query can bind any IRI, a javascript: one too: only web addresses become links
        const link = /^https?:/.test(n.iri) ? el('a', { href: n.iri, target: '_blank' }, s) : s;
        const g = el('g', { class: 'node', transform: `translate(${n.x},${n.y})` }, link);
        el('circle', { r: 7, fill: colour(n.group) }, g);
        el('text', { x: 10, y: 4 }, g, fit(n.label, 160));
        el('title', {}, g, n.label + '\n' + n.iri);
      }
      const legend = data.vars.filter((v, i) => [...nodes.values()].some((n) => n.group === i));
      legend.forEach((v) => {
        const item = document.createElement('span');
        item.className = 'kg-legend';
        item.style.setProperty('--c', colour(data.vars.indexOf(v)));
        item.textContent = '?' + v;
        controls.append(item);
      });
    }
  }

  // a CONSTRUCT's or DESCRIBE's triples as the server wrote them (Turtle), under their graph: the graph
  // draws the links between resources, the text has every triple, literals too
  Graph.prototype.turtle = function (box) {
    const details = document.createElement('details');
    details.className = 'kg-turtle';
    details.open = true;
    const summary = document.createElement('summary');
    summary.textContent = (this.yasr.results.getContentType?.() || 'text/turtle').split(';')[0];
    const pre = document.createElement('pre');
    pre.textContent = this.yasr.results.getOriginalResponseAsString?.() || '';
    details.append(summary, pre);
    box.appendChild(details);
  };

  // a plain force layout (nodes push apart, edges pull together), the same every time it runs
  function layout(nodes, edges, width, height) {
    const n = nodes.length;
    nodes.forEach((p, i) => {
      p.x = Math.cos(2 * Math.PI * i / n) * 100;
      p.y = Math.sin(2 * Math.PI * i / n) * 100;
    });
    const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.6;
    for (let step = 0, heat = width / 10; step < 300; step++, heat *= 0.985) {
      const dx = new Float64Array(n);
      const dy = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const x = nodes[i].x - nodes[j].x || 0.01;
          const y = nodes[i].y - nodes[j].y;
          const d2 = x * x + y * y || 0.01;
          const f = k * k / d2;
          dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
        }
      }
      for (const e of edges) {
        const i = nodes.indexOf(e.a);
        const j = nodes.indexOf(e.b);
        const x = e.a.x - e.b.x;
        const y = e.a.y - e.b.y;
        const d = Math.sqrt(x * x + y * y) || 0.01;
        const f = d / k;
        dx[i] -= x * f; dy[i] -= y * f; dx[j] += x * f; dy[j] += y * f;
      }
      nodes.forEach((p, i) => {
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
        p.x += dx[i] / d * Math.min(d, heat) - p.x * 0.01;
        p.y += dy[i] / d * Math.min(d, heat) - p.y * 0.01;
      });
    }
    const xs = nodes.map((p) => p.x);
    const ys = nodes.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    nodes.forEach((p) => {
      p.x = 20 + (width - 200) * (x1 > x0 ? (p.x - x0) / (x1 - x0) : 0.5);
      p.y = 20 + (height - 40) * (y1 > y0 ? (p.y - y0) / (y1 - y0) : 0.5);
    });
  }

  Yasr.registerPlugin('chart', Chart);
  Yasr.registerPlugin('timeline', Timeline);
  Yasr.registerPlugin('graph', Graph);
  Yasr.defaults.pluginOrder = ['table', 'chart', 'timeline', 'graph', 'response'];
})();
