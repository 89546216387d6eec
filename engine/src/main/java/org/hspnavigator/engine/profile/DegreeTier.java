package org.hspnavigator.engine.profile;

/** A row of the academic-background table (学歴), docs/rules.md §2. */
public enum DegreeTier {
    DOCTORATE,
    MBA_MOT,
    MASTER,
    BACHELOR
}
