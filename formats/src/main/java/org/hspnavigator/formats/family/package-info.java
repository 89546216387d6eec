/**
 * The family preferences in words and as JSON: the shape of {@code hsp family --json} and its
 * readable report, worded from the {@code family} bundle. No eligibility is decided here.
 */
package org.hspnavigator.formats.family;
