/**
 * {@code POST /api/v1/permanent-residence}: the permanent-residence routes and HSP(ii) of a case, the
 * body of {@code hsp pr --json}.
 */
package org.hspnavigator.web.permanent;
