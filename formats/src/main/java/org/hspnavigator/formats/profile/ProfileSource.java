package org.hspnavigator.formats.profile;

import java.util.List;
import org.hspnavigator.formats.validation.Violation;

/**
 * A profile as one syntax holds it, as {@link ProfileReader} walks it field by field in the order of
 * {@link ProfileField}: the value of each field, whether each group is there to be read, and where
 * messages say a field is. JSON nests objects and may hold anything anywhere, so its answers include
 * the problems of its structure (a group that is no object, an unknown field, a list that is no
 * array); a CSV row's structure is its header, checked before any row is read.
 */
interface ProfileSource {

    /**
     * Whether a group is there to be read: the profile itself, a group, or element {@code element} of
     * the list. Reports what keeps a group that is there from being read; a group left out is not read
     * and its fields take their defaults.
     */
    boolean open(ProfileGroup group, int element, List<Violation> violations);

    /** The elements of the list; none after reporting a list that cannot be read. */
    int size(ProfileGroup list, List<Violation> violations);

    /**
     * The value of a field (of list element {@code element}), or null when the field is left out: absent,
     * or written as JSON {@code null}.
     */
    WrittenValue value(ProfileField field, int element);

    /** Whether a field left out was written as JSON {@code null} rather than left out altogether. */
    boolean writtenNull(ProfileField field, int element);

    /** Where messages say a field is: its JSON path, or its CSV column. */
    String place(ProfileField field, int element);
}
