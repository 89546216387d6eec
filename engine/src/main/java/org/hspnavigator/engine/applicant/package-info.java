/**
 * The applicant over time (docs/rules.md §18, the case format): dated profile snapshots, the residence in Japan
 * (continuous since when, which HSP status since when), the household and the employer's category,
 * and the reading of the snapshots on any date. The permanent-residence, HSP(ii), family and
 * checklist rules build on these values; no rule lives here, and nothing here reads files.
 */
package org.hspnavigator.engine.applicant;
