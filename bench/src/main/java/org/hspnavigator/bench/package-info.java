/**
 * JMH benchmarks of the engine and the tools built on it, and the programs behind bench/batch.sh (a
 * seeded generator of candidate CSV files and the I/O floor the batch is compared with). Built only
 * with the {@code bench} Maven profile and run by hand, never by the test build: timings on a shared
 * machine are not assertions.
 */
package org.hspnavigator.bench;
