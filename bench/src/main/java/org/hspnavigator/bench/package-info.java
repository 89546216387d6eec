/**
 * JMH benchmarks of the engine and the tools built on it. Built only with the {@code bench} Maven
 * profile and run by hand, never by the test build: timings on a shared machine are not assertions.
 */
package org.hspnavigator.bench;
