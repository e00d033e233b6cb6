/**
 * A private Virtuoso 7.2 to measure the shipped queries against: Debian's package installed when
 * missing ({@link org.localkg.bench.virtuoso.VirtuosoInstall}), an instance with its own
 * configuration in a folder of its own on free loopback ports
 * ({@link org.localkg.bench.virtuoso.VirtuosoIni}), filled by its bulk loader through {@code isql}
 * ({@link org.localkg.bench.virtuoso.IsqlScript}), and stopped and deleted at the end
 * ({@link org.localkg.bench.virtuoso.VirtuosoServer}).
 */
package org.localkg.bench.virtuoso;
