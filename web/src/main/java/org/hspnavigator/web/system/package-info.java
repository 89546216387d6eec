/**
 * What every endpoint shares: reading request bodies within the configured limits, query parameters
 * read with the command line's words, RFC 9457 problem responses for every error, the clock and the
 * OpenAPI description, and the pages' languages (taken from the URL) and assets. No endpoint of a feature lives here.
 */
package org.hspnavigator.web.system;
