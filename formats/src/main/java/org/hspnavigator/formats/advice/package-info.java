/**
 * The JSON of {@code hsp advise}: the advisor's suggestions, the comparison of the categories and the
 * points-over-time forecast, with every change described in words. The advice itself is computed by
 * the engine; nothing here decides points.
 */
package org.hspnavigator.formats.advice;
