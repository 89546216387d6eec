package org.hspnavigator.engine.hsptwo;

/**
 * The way an applicant for HSP(ii) meets the standard of HSP(i) on a date: by the points (70 in the
 * status's category, with its salary floor), or, from 2023-04-21, by the J-Skip criteria (特別高度人材),
 * which the HSP ordinance (art. 1 para. 2, as revised 2023-04-21) made a second standard for HSP(i);
 * see docs/rules.md §12 and §13.
 */
public enum HspOneStandard {
    POINTS,
    J_SKIP
}
