/**
 * {@code kg extract} as an Apache Spark job, for corpora past one machine: executors extract
 * pages, the driver resolves entity identity over the names they found in the run's order, and
 * executors write N-Quads partitions with the resolved keys, so the quads equal
 * {@code kg extract}'s for any number of executors. Spark is a provided dependency: the job runs
 * under {@code spark-submit} and, in the tests, in Spark's local mode.
 */
package org.localkg.spark;
