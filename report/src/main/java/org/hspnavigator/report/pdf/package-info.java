/**
 * Drawing on PDF pages with Apache PDFBox: the embedded font, and a page flow that wraps text, breaks
 * pages and numbers them. What a report says belongs to the report's own package, not here.
 */
package org.hspnavigator.report.pdf;
