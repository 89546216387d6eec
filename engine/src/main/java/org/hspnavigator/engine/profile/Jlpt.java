package org.hspnavigator.engine.profile;

/** Japanese-Language Proficiency Test levels, N1 being the highest. */
public enum Jlpt {
    N1, N2, N3, N4, N5
}
