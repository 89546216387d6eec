/**
 * {@code hsp advise}: reads one profile, asks the engine's advisor for the smallest sets of changes
 * that reach 70 or 80 points and for the points-over-time forecast, and prints them as text or JSON.
 * The search and the scoring live in the engine, never here.
 */
package org.hspnavigator.cli.advise;
