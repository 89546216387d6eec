/**
 * HSP(ii) (高度専門職2号), docs/rules.md §12: whether a case can change from HSP(i) to HSP(ii) on a date,
 * and the earliest date it can. Reads no files and formats no text: reasons are message keys.
 */
package org.hspnavigator.engine.hsptwo;
