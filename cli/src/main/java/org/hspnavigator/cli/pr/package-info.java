/**
 * The {@code hsp pr} command: reads a case, checks the permanent-residence routes and HSP(ii) for an
 * application date with the engine, and prints a table or the JSON of docs/rules.md §18. No rule lives
 * here.
 */
package org.hspnavigator.cli.pr;
