// The query page: one YASGUI tab per example query of queries/ (read from the page's JSON block),
// all sent to this server's endpoint. A file of its own because the content policy allows no inline script.
//
// YASGUI keeps the tabs, and a researcher's edits, in the browser's localStorage. A shipped query
// that a new release changed replaces the stored text of its tab: the page remembers the version
// (a digest of the text) each tab was last given, under SHIPPED.
(function () {
  const SHIPPED = 'localkg.query-page.shipped';
  // YASR's table cuts cells to the width of the first rows it drew, Chinese names to a few
  // characters; and its simple view writes values as people read them ("5", not "5"^^xsd:integer)
  const TABLE = { isEllipsed: false, compact: true };
  const examples = JSON.parse(document.getElementById('kg-queries').textContent);
  const exampleNamed = (hash) => {
    let name = hash.replace(/^#/, '');
    try {
      name = decodeURIComponent(name);
    } catch (e) {
      // a malformed escape names no example
    }
    return examples.find((e) => e.name === name);
  };
  // read before YASGUI starts: it takes a fragment for a shared link of its own and clears it
  const wanted = exampleNamed(location.hash);
  const endpoint = location.origin + '/kg/sparql';
  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    // triples as Turtle (YASGUI asks N-Triples): with prefixes, the text under a CONSTRUCT's graph reads shorter
    requestConfig: { endpoint: endpoint, method: 'POST', acceptHeaderGraph: 'text/turtle,*/*;q=0.9' }, copyEndpointOnNewTab: true,
    autoAddOnInit: false, persistencyExpire: 60 * 60 * 24 * 365,
    yasr: { prefixes: entityPrefix },
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] } });

  const tabNamed = (name) => Object.values(yasgui._tabs).find((t) => t.getName() === name);
  const shipped = readShipped();
  for (const example of examples) {
    const tab = tabNamed(example.name);
    if (!tab) {
      addTab(example);
    } else if (shipped[example.name] !== example.version) {
      replaceQuery(tab, example.query);
    }
    shipped[example.name] = example.version;
  }
  localStorage.setItem(SHIPPED, JSON.stringify(shipped));

  const first = wanted || (yasgui.getTab() ? undefined : examples[0]);
  if (first) {
    select(first);
  }
  showCurrent(yasgui.getTab());
  yasgui.on('tabSelect', (_y, id) => showCurrent(yasgui.getTab(id)));
  // a CONSTRUCT or DESCRIBE answers with triples: they show as a graph, their Turtle under it; the
  // next SELECT in the tab gets back the view the tab had before
  const viewBefore = new WeakMap();
  yasgui.on('query', (_y, tab) => {
    const yasr = tab.getYasr();
    const type = tab.getYasqe().getQueryType();
    if (type === 'CONSTRUCT' || type === 'DESCRIBE') {
      if (yasr.getSelectedPluginName() !== 'graph') {
        viewBefore.set(tab, yasr.getSelectedPluginName());
        yasr.selectPlugin('graph');
      }
    } else if (viewBefore.has(tab)) {
      yasr.selectPlugin(viewBefore.get(tab));
      viewBefore.delete(tab);
    }
  });
  // the gallery's links, and links from other pages of the site, only change the fragment
  window.addEventListener('hashchange', () => {
    const example = exampleNamed(location.hash);
    if (example) {
      select(example);
    }
  });
  // YASGUI stores an edit when the editor loses focus, which a reload does not wait for
  window.addEventListener('pagehide', keepEdit);
  document.addEventListener('visibilitychange', keepEdit);

  // the table writes the store's entity IRIs as kg:person/… and datatypes as xsd:integer; the store
  // keeps the base it was made under, which need not be this page's origin, so it is read off the results
  function entityPrefix(yasr) {
    const prefixes = { xsd: 'http://www.w3.org/2001/XMLSchema#', rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#' };
    const bindings = (yasr.results && yasr.results.getBindings && yasr.results.getBindings()) || [];
    for (const b of bindings.slice(0, 20)) {
      for (const v of Object.values(b)) {
        const base = v.type === 'uri' && /^https?:\/\/[^/]+\/id\//.exec(v.value);
        if (base) {
          return Object.assign(prefixes, { kg: base[0] });
        }
      }
    }
    return prefixes;
  }

  function readShipped() {
    try {
      return JSON.parse(localStorage.getItem(SHIPPED) || '{}') || {};
    } catch (e) {
      return {};
    }
  }

  function replaceQuery(tab, text) {
    if (tab.getYasqe()) {
      tab.setQuery(text);
      return;
    }
    const stored = tab.getPersistedJson();
    stored.yasqe.value = text;
    stored.yasr.response = undefined; // the answer to the old text
    yasgui.emit('tabChange', yasgui, tab);
  }

  function addTab(example) {
    return yasgui.addTab(false, { name: example.name, yasqe: { value: example.query }, requestConfig: { endpoint: endpoint },
      yasr: { settings: { pluginsConfig: { table: TABLE } } } });
  }

  // an example's tab, opened again if the researcher closed it
  function select(example) {
    const tab = tabNamed(example.name) || addTab(example);
    if (yasgui.getTab()) {
      yasgui.selectTabId(tab.getId());
    } else {
      yasgui.persistentConfig.setActive(tab.getId());
      tab.show();
    }
    showCurrent(tab);
  }

  // the fragment names the example on show, so the address can be bookmarked or sent
  function showCurrent(tab) {
    const name = tab ? tab.getName() : '';
    const example = examples.find((e) => e.name === name);
    history.replaceState(null, '', location.pathname + location.search + (example ? '#' + encodeURIComponent(name) : ''));
    for (const a of document.querySelectorAll('.kg-examples a')) {
      a.classList.toggle('current', a.getAttribute('href') === '#' + name);
    }
  }

  function keepEdit() {
    const tab = yasgui.getTab();
    const editor = tab && tab.getYasqe();
    if (editor && editor.getValue() !== tab.getPersistedJson().yasqe.value) {
      tab.getPersistedJson().yasqe.value = editor.getValue();
      yasgui.emit('tabChange', yasgui, tab);
    }
  }
})();
