package org.hspnavigator.web.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits on what a client may send, beyond which the API answers 413 (Content Too Large) without
 * reading further: set as {@code hsp.api.limits.*} properties or {@code HSP_API_LIMITS_*} environment
 * variables.
 *
 * @param maxBodyBytes    the largest JSON request body, in bytes
 * @param maxArrayLength  the most elements of any one JSON array (the profiles of an assessment, the
 *                        snapshots of a case, a profile's degrees)
 * @param maxNestingDepth the deepest nesting of JSON objects and arrays; a case needs 4
 * @param maxCsvRows      the most data rows of a CSV body, for the endpoints that take CSV
 */
@ConfigurationProperties("hsp.api.limits")
public record RequestLimits(
        @DefaultValue("1048576") long maxBodyBytes,
        @DefaultValue("1000") int maxArrayLength,
        @DefaultValue("32") int maxNestingDepth,
        @DefaultValue("1000000") long maxCsvRows) {
}
