/**
 * Links from the graph's entities to other datasets: Wikidata by division code (P442), and any
 * dataset a researcher brings, by normalised Chinese names. Each run writes one linkset, a named
 * graph replaced on a re-run, described in VoID and, for name matches, in SSSOM.
 */
package org.localkg.link;
