/**
 * {@code hsp score}: reads profiles, scores them with the engine, and prints the assessment as an
 * itemized table or as the JSON of docs/rules.md §18.
 */
package org.hspnavigator.cli.score;
