/**
 * The {@code hsp checklist} command: what an application needs on a date — documents, the evidence
 * for the points, the fee in force, deadlines and duties — read from a case. The rules live in the
 * engine's procedure package and the wording in formats; the command reads, checks and prints.
 */
package org.hspnavigator.cli.checklist;
