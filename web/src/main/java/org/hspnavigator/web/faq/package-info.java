/** {@code GET /api/v1/faq} and {@code GET /api/v1/faq/{id}}: the myths about the HSP visa and the rules that answer them, as {@code hsp faq --json}. */
package org.hspnavigator.web.faq;
