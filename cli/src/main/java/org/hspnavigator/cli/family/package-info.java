/**
 * The {@code hsp family} command: the family preferences of an HSP(i) holder on a date, read from a
 * case. The rules live in the engine's family package and the wording in formats; the command reads,
 * selects the date and prints.
 */
package org.hspnavigator.cli.family;
