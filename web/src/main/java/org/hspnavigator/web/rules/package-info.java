/**
 * {@code GET /api/v1/rule-sets} and {@code GET /api/v1/point-tables}: the rule sets by date with their
 * official sources, and the official point sheet in force on a date, as data.
 */
package org.hspnavigator.web.rules;
