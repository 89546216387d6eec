package org.hspnavigator.engine.table;

/** What a J-Skip line (docs/rules.md §13) asks for besides the salary. */
public enum JSkipBasis {
    /** A master's degree or higher, professional degrees included (修士号以上). */
    GRADUATE_DEGREE,
    /** Years of experience in the category's own activity (実務経験). */
    EXPERIENCE
}
