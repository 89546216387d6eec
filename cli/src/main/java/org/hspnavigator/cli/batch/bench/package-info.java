/**
 * Programs behind bench/batch.sh, shipped in hsp.jar so the script needs no extra build: a seeded
 * generator of candidate CSV files and the I/O floor (the same file read and as many rows written with
 * FastCSV, without scoring) that batch throughput is compared with. Nothing here is used by {@code hsp}.
 */
package org.hspnavigator.cli.batch.bench;
