/**
 * PDF reports built from the engine's results, for the command line and the server alike: the
 * languages a report is written in. The reports themselves live in sub-packages; nothing here reads
 * files or starts a server.
 */
package org.hspnavigator.report;
