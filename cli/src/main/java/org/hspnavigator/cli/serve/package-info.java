/**
 * {@code hsp serve} as the command line lists it: its help only. The server is a program of its own
 * (the {@code web} module), which the {@code ./hsp} launcher starts; the command line never loads it.
 */
package org.hspnavigator.cli.serve;
