/** {@code POST /api/v1/advice}: the cheapest changes that reach 70 or 80 points, the body of {@code hsp advise --json}. */
package org.hspnavigator.web.advice;
