/**
 * Permanent residence (永住) through the HSP points, docs/rules.md §11 (PR guideline as revised on
 * 2017-04-26): the 80-point, 70-point and J-Skip routes of a case on an application date, the earliest
 * date each is met, the warnings and the general requirements to remind of. Reads no files and
 * formats no text: reasons are message keys.
 */
package org.hspnavigator.engine.permanent;
