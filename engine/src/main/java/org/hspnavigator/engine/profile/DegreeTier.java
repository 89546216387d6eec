package org.hspnavigator.engine.profile;

/** A row of the academic-background table (学歴), points.md §3.1. */
public enum DegreeTier {
    DOCTORATE,
    MBA_MOT,
    MASTER,
    BACHELOR
}
