// The query page: one YASGUI tab per example query of queries/ (read from the page's JSON block),
// all sent to this server's endpoint. A file of its own because the content policy allows no inline script.
(function () {
  const queries = JSON.parse(document.getElementById('kg-queries').textContent);
  localStorage.clear();
  const endpoint = location.origin + '/kg/sparql';
  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'POST' }, copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] } });
  const wanted = decodeURIComponent(location.hash.slice(1));
  queries.forEach(([name, q], i) => {
    yasgui.addTab(name === wanted || (!wanted && i === 0), { name: name, yasqe: { value: q },
      requestConfig: { endpoint: endpoint } });
  });
  for (const id of Object.keys(yasgui.persistentConfig.persistedJson.tabConfig || {})) {
    const t = yasgui.getTab(id);
    if (t && !queries.some(([n]) => n === t.getName())) { yasgui.closeTab?.(t); }
  }
})();
