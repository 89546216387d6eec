/**
 * Strict reading of JSON text: one document, no duplicate keys, no trailing content, numbers kept
 * exact. Knows nothing of profiles.
 */
package org.hspnavigator.formats.json;
