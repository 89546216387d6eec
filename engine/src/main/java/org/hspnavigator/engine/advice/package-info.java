/**
 * The advisor and the points-over-time forecast: a catalogue of real changes an applicant can make
 * ({@link org.hspnavigator.engine.advice.Lever}), an exhaustive search for the smallest sets of them
 * that reach a target ({@link org.hspnavigator.engine.advice.Advisor}), and the dates on which the
 * points rise or drop as time passes ({@link org.hspnavigator.engine.advice.Forecaster}). Every
 * suggestion is re-scored by the points engine; nothing here estimates points, reads files or
 * formats text (descriptions are message keys with arguments).
 */
package org.hspnavigator.engine.advice;
