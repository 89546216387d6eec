/** {@code POST /api/v1/family}: the preferences for the HSP's family on a date, the body of {@code hsp family --json}. */
package org.hspnavigator.web.family;
