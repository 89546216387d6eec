/**
 * The commands of the server's jar besides {@code serve}: {@code hsp admin create-owner},
 * {@code hsp admin create-token}, {@code hsp backup} and {@code hsp restore}. They start no Spring and no
 * server: they open the database chosen as for {@code serve} ({@code --db}, {@code HSP_DB_URL},
 * {@code HSP_DATA_DIR}), migrate it, and use the same account and storage code as the server.
 */
package org.hspnavigator.web.admin;
