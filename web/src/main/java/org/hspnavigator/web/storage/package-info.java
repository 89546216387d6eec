/**
 * Where the workspace's data lives: the database chosen at run time (SQLite in the data folder by
 * default, PostgreSQL when a URL is given), its connections, the one Flyway history of its schema,
 * the identifiers of its rows, and the backup and restore of the whole. No feature's SQL lives here.
 */
package org.hspnavigator.web.storage;
