/**
 * {@code kg bench hostile}: the public server's limits measured under load. The real server runs
 * in a JVM of its own ({@link org.localkg.bench.hostile.ServerProcess}) so that its resident set
 * can be read from {@code /proc} ({@link org.localkg.bench.hostile.ProcStatus}) and its threads
 * from outside ({@link org.localkg.bench.hostile.ServerProbe}); clients send the requests the
 * endpoint has had to be defended against ({@link org.localkg.bench.hostile.HostileRequests}) while
 * one light client measures what everyone else gets; {@link org.localkg.bench.hostile.HostileReport}
 * sets the figures against the requirement's criteria.
 */
package org.localkg.bench.hostile;
