/** {@code POST /api/v1/checklists}: the documents, fees and deadlines of a procedure, the body of {@code hsp checklist --json}. */
package org.hspnavigator.web.checklist;
