/**
 * How the rules count time: completed years (age, experience, residence) and the day on which n years
 * are complete. Every rule that counts years asks here, so that a 29 February start is treated the same
 * way everywhere. Nothing here knows a rule; it only counts.
 */
package org.hspnavigator.engine.calendar;
