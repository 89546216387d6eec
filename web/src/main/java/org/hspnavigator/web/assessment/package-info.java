/**
 * {@code POST /api/v1/assessments}: the points of one profile or an array of profiles, the body of
 * {@code hsp score --json}.
 */
package org.hspnavigator.web.assessment;
