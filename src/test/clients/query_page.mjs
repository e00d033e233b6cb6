// The query page as a researcher uses it, in headless Chromium driven by puppeteer-core: a home
// page link opens its example, an edit survives a reload, a shipped query changed by a release
// shows its new text, labels (the pages' titles) stand beside IRIs, the chart, timeline and graph views draw, and a
// CONSTRUCT or DESCRIBE shows as a graph with its Turtle.
// Usage: node query_page.mjs ROOT OUTDIR (screenshots go to OUTDIR). Prints one line per check
// and exits 1 when any failed.
import puppeteer from 'puppeteer-core';

const [root, out] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
let failed = 0;
function check(what, ok, detail) {
  console.log(`${ok ? 'ok' : 'FAILED'}: ${what}${ok ? '' : ' — ' + detail}`);
  if (!ok) failed++;
}
// the active tab's name and its editor's text, read from YASGUI's markup
const shown = (page) => page.evaluate(() => {
  const link = document.querySelector('.tabsList .tab.active a[role=tab]');
  const panel = link && document.getElementById(link.getAttribute('aria-controls'));
  const editor = panel && panel.querySelector('.CodeMirror');
  return { name: link ? link.querySelector('span').textContent : '', text: editor ? editor.CodeMirror.getValue() : '' };
});
const settle = (page) => page.waitForSelector('.tabsList .tab.active').then(() => new Promise((r) => setTimeout(r, 300)));
// runs the shown query and waits for the view YASR draws its answer in (the old answer is cleared first)
async function run(page) {
  await page.$eval('.tabPanel.active .yasr_results', (r) => r.replaceChildren());
  await page.click('.tabPanel.active .yasqe_queryButton');
  await page.waitForSelector(['.dataTable', '.kg-view', '.errorResult'].map((c) => '.tabPanel.active .yasr_results ' + c).join(','),
    { timeout: 15000 });
}
async function view(page, label) {
  await page.evaluate((label) => {
    const button = [...document.querySelectorAll('.tabPanel.active .yasr .select_' + label)][0];
    button && button.click();
  }, label);
  await new Promise((r) => setTimeout(r, 500));
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/favicon\.ico$/.test(m.location().url || '') && errors.push(m.text()));

  // 1. a home page link opens its example, which its title names
  await page.goto(root + '/', { waitUntil: 'networkidle0' });
  const homeLink = await page.$('a[href="/query#projects.rq"]');
  check('the home page links projects.rq by its title', homeLink && !/\.rq$/.test(await homeLink.evaluate((a) => a.textContent)),
    homeLink ? await homeLink.evaluate((a) => a.textContent) : 'no link');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), homeLink.click()]);
  await settle(page);
  let s = await shown(page);
  check('/query#projects.rq opens projects.rq', s.name === 'projects.rq' && s.text.includes('?expectedYear'), JSON.stringify(s.name));
  check('the address keeps naming the example', page.url().endsWith('#projects.rq'), page.url());
  await page.goto(root + '/query#inspections.rq', { waitUntil: 'networkidle0' });
  await settle(page);
  s = await shown(page);
  check('/query#inspections.rq opens inspections.rq once tabs are stored', s.name === 'inspections.rq', s.name);
  const galleryLink = await page.$('.kg-examples a[href="#officials.rq"]');
  if (galleryLink) {
    await galleryLink.click();
    await new Promise((r) => setTimeout(r, 300));
  }
  check('a gallery link on the page opens its example', (await shown(page)).name === 'officials.rq', (await shown(page)).name);

  // a closed example comes back from its link
  await page.$$eval('.tabsList .tab', (tabs) => tabs.find((t) => t.querySelector('span').textContent === 'entities.rq')
    .querySelector('.closeTab').click());
  const closed = await page.$$eval('.tabsList .tab span', (s) => !s.some((x) => x.textContent === 'entities.rq'));
  await page.click('.kg-examples a[href="#entities.rq"]');
  await new Promise((r) => setTimeout(r, 300));
  check('a closed example opens again from its link', closed && (await shown(page)).name === 'entities.rq', (await shown(page)).name);
  await page.click('.kg-examples a[href="#officials.rq"]');
  await new Promise((r) => setTimeout(r, 300));

  // 2. an edit survives a reload, made without leaving the editor
  await page.click('.tabPanel.active .CodeMirror-code');
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  await page.keyboard.type('\n# 我的修改 my edit');
  await page.reload({ waitUntil: 'networkidle0' });
  await settle(page);
  s = await shown(page);
  check('an edit survives a reload', s.name === 'officials.rq' && s.text.includes('# 我的修改 my edit'), s.name + ': ' + s.text.slice(-60));

  // 3. a shipped query that a release changed shows its new text, edits or not
  await page.evaluate(() => {
    const shipped = JSON.parse(localStorage.getItem('localkg.query-page.shipped'));
    shipped['officials.rq'] = 'an older release';
    localStorage.setItem('localkg.query-page.shipped', JSON.stringify(shipped));
  });
  await page.reload({ waitUntil: 'networkidle0' });
  await settle(page);
  s = await shown(page);
  check('a changed shipped query replaces the stored text', s.name === 'officials.rq' && !s.text.includes('my edit')
    && s.text.includes('org:holds'), s.text.slice(-60));

  // 4. labels stand beside IRIs, whole
  await page.goto(root + '/query#inspections.rq', { waitUntil: 'networkidle0' });
  await settle(page);
  await run(page);
  await page.waitForSelector('.tabPanel.active .yasr .kg-label', { timeout: 10000 }).catch(() => {});
  // cut: clipped in its box, or standing past the results' right edge (where one must scroll to read it)
  const labels = await page.$$eval('.tabPanel.active .yasr td .kg-label', (ls) => ls.map((l) => ({
    text: l.textContent, cut: l.scrollWidth > l.clientWidth + 1
      || l.getBoundingClientRect().right > l.closest('.yasr').getBoundingClientRect().right + 1 })));
  check('IRIs in the table carry their labels', labels.length > 0 && labels.some((l) => /[\u4e00-\u9fff]{2,}/.test(l.text)),
    JSON.stringify(labels.slice(0, 3)));
  check('no label is cut', labels.length > 0 && labels.every((l) => !l.cut), JSON.stringify(labels.filter((l) => l.cut).slice(0, 3)));
  await page.screenshot({ path: out + '/query-table.png', fullPage: true });

  // 5. the graph view draws the IRIs of each row as linked nodes
  await view(page, 'graph');
  const graph = await page.$$eval('.tabPanel.active .yasr svg.kg-graph', (g) => g.map((svg) => ({
    nodes: svg.querySelectorAll('g.node').length, edges: svg.querySelectorAll('line').length }))[0]);
  check('the graph view draws nodes and edges', graph && graph.nodes > 1 && graph.edges > 0, JSON.stringify(graph));
  await page.screenshot({ path: out + '/query-graph.png', fullPage: true });

  // 6. the timeline draws the dated rows (the sample pages carry no dates: the rows are given)
  await page.evaluate(() => document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.setValue(
    'PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\nSELECT ?who ?what ?when WHERE { VALUES (?who ?what ?when) {\n'
    + '("陈金虎" "察看西太湖科技产业园" "2024-03-05"^^xsd:date) ("陈金虎" "调研两湖创新区" "2024-06-12"^^xsd:date)\n'
    + '("王海波" "察看智能装备产业园项目" "2024-11-20"^^xsd:date) } }'));
  await run(page);
  await view(page, 'timeline');
  const timeline = await page.$$eval('.tabPanel.active .yasr svg.kg-timeline circle', (c) => c.length);
  check('the timeline view draws a mark per dated row', timeline > 0, timeline);
  await page.screenshot({ path: out + '/query-timeline.png', fullPage: true });

  // 7. the chart draws a bar per park, and a line on request
  await page.goto(root + '/query#projects-by-park.rq', { waitUntil: 'networkidle0' });
  await settle(page);
  await run(page);
  await view(page, 'chart');
  const bars = await page.$$eval('.tabPanel.active .yasr svg.kg-chart rect.bar', (r) => r.length);
  check('the chart view draws a bar per row', bars > 0, bars);
  await page.screenshot({ path: out + '/query-chart.png', fullPage: true });
  await page.select('.tabPanel.active .kg-controls select', 'line');
  await new Promise((r) => setTimeout(r, 500));
  const line = await page.$$eval('.tabPanel.active .yasr svg.kg-chart polyline', (l) => l.map((x) => x.getAttribute('points').split(' ').length));
  check('the chart draws a line through the rows on request', line.length === 1 && line[0] === bars, JSON.stringify(line));
  await page.select('.tabPanel.active .kg-controls select', 'bar');
  // and on a phone's width
  await page.setViewport({ width: 390, height: 900 });
  await page.reload({ waitUntil: 'networkidle0' });
  await settle(page);
  await run(page);
  await view(page, 'chart');
  const narrow = await page.$eval('.tabPanel.active .yasr svg.kg-chart', (svg) => svg.getBoundingClientRect().width).catch(() => 0);
  check('the chart fits a phone\'s width', narrow > 0 && narrow <= 390, narrow);
  await page.screenshot({ path: out + '/query-chart-390.png', fullPage: true });
  await view(page, 'table');
  await page.screenshot({ path: out + '/query-table-390.png', fullPage: true });
  await page.goto(root + '/', { waitUntil: 'networkidle0' });
  await page.screenshot({ path: out + '/home-390.png', fullPage: true });

  // 8. a CONSTRUCT's and a DESCRIBE's triples show as a graph, with their Turtle under it, in a tab
  // whose view was the table; the next SELECT shows the table again
  await page.setViewport({ width: 1280, height: 1000 });
  await page.goto(root + '/query#entities.rq', { waitUntil: 'networkidle0' });
  await settle(page);
  await view(page, 'table');
  for (const [kind, query] of [['CONSTRUCT', 'PREFIX org: <http://www.w3.org/ns/org#> PREFIX lkg: <https://w3id.org/localkg/ontology#>\n'
      + 'CONSTRUCT { ?o org:holds ?p . ?i lkg:inspector ?o ; lkg:inspected ?x } WHERE { ?o org:holds ?p '
      + 'OPTIONAL { ?i lkg:inspector ?o ; lkg:inspected ?x } } LIMIT 60'],
    ['DESCRIBE', 'PREFIX lkg: <https://w3id.org/localkg/ontology#>\nDESCRIBE ?p WHERE { ?x lkg:park ?p } LIMIT 1']]) {
    await page.evaluate((q) => document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.setValue(q), query);
    await page.$eval('.tabPanel.active .yasr_results', (r) => r.replaceChildren());
    await page.click('.tabPanel.active .yasqe_queryButton');
    await page.waitForSelector('.tabPanel.active .yasr_results .kg-turtle', { timeout: 15000 }).catch(() => {});
    const drawn = await page.$eval('.tabPanel.active .yasr_results', (r) => ({
      nodes: r.querySelectorAll('svg.kg-graph g.node').length, edges: r.querySelectorAll('svg.kg-graph line').length,
      turtle: (r.querySelector('.kg-turtle pre') || {}).textContent || '',
      type: (r.querySelector('.kg-turtle summary') || {}).textContent || '',
      hashes: [...r.querySelectorAll('svg.kg-graph g.node > text')].map((t) => t.textContent).filter((t) => /^[0-9a-f]{16}/.test(t)) }));
    check(`a ${kind} shows as a graph`, drawn.nodes > 1 && drawn.edges > 0, JSON.stringify({ nodes: drawn.nodes, edges: drawn.edges }));
    check(`a ${kind}'s Turtle stands under its graph`, drawn.type === 'text/turtle'
      && /org:holds|rdf-schema#label|rdfs:label/.test(drawn.turtle),
      drawn.type + ' ' + drawn.turtle.slice(0, 120));
    check(`a ${kind}'s nodes are named as their pages are, none by a hash`, drawn.hashes.length === 0, JSON.stringify(drawn.hashes));
    await page.screenshot({ path: out + `/query-${kind.toLowerCase()}.png`, fullPage: true });
  }
  await page.evaluate(() => document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.setValue(
    'PREFIX org: <http://www.w3.org/ns/org#>\nSELECT ?o ?p WHERE { ?o org:holds ?p } LIMIT 5'));
  await run(page);
  check('the next SELECT shows the table again', await page.$('.tabPanel.active .yasr_results .dataTable') !== null, 'no table');
  check('no script error, no request the content policy refused', errors.length === 0, errors.join(' | '));
} catch (e) {
  check('the query page checks ran', false, e.stack);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
