package org.hspnavigator.formats.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.engine.profile.ProfileLimits;

/**
 * An object of the profile that holds fields: the profile itself, one of its nested groups
 * ({@code careerYears}, {@code research}, ...) or an element of its one list, {@code degrees}
 * (docs/rules.md §18). A group's fields are the {@link ProfileField}s that name it; in a CSV file its
 * fields are the columns that start with its name ({@code careerYears.specializedTechnical},
 * {@code degrees.0.level}).
 */
public enum ProfileGroup {

    PROFILE(null, "what.profileObject"),
    DEGREES("degrees", "what.degreeObject"),
    CAREER_YEARS("careerYears", "what.careerYears"),
    RESEARCH("research", "what.research"),
    JAPANESE_LANGUAGE("japaneseLanguage", "what.japaneseLanguage"),
    EMPLOYER("employer", "what.employer"),
    TRAINING("training", "what.training");

    private final String name;
    private final String what;

    ProfileGroup(String name, String what) {
        this.name = name;
        this.what = what;
    }

    /** The group's field name in the profile ({@code careerYears}); none for the profile itself. */
    public String fieldName() {
        if (this == PROFILE) {
            throw new IllegalStateException("the profile is no field of its own");
        }
        return name;
    }

    /** Whether the profile holds a list of these objects ({@code degrees}) rather than one. */
    public boolean isList() {
        return this == DEGREES;
    }

    /** The most elements a list may hold. */
    public int maxElements() {
        if (!isList()) {
            throw new IllegalStateException(this + " is not a list");
        }
        return ProfileLimits.MAX_DEGREES;
    }

    /**
     * The key in the {@code validation} bundle of how messages name the object when it is something else:
     * {@code expected years per category (a JSON object)}.
     */
    public String what() {
        return what;
    }

    /**
     * The key in the {@code validation} bundle of how messages name the elements of a list:
     * {@code expected a list of degrees (a JSON array)}.
     */
    public String elementsWhat() {
        return "what." + fieldName();
    }

    /** The fields of this group, in the order of the profile. */
    public List<ProfileField> fields() {
        List<ProfileField> fields = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            if (field.group() == this) {
                fields.add(field);
            }
        }
        return fields;
    }

    /**
     * The names an object of this group may hold, in the order of the profile: for the profile itself
     * its fields and its groups, each where its first field stands.
     */
    public List<String> knownNames() {
        return KnownNames.OF_GROUP.get(ordinal());
    }

    /** The known names of every group, by ordinal: made once, as the table is fixed. */
    private static final class KnownNames {

        static final List<List<String>> OF_GROUP = Stream.of(values()).map(KnownNames::of).toList();

        private static List<String> of(ProfileGroup group) {
            List<String> names = new ArrayList<>();
            for (ProfileField field : ProfileField.values()) {
                String name = field.group() == group ? field.fieldName()
                        : group == PROFILE ? field.group().fieldName() : null;
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
            return List.copyOf(names);
        }
    }

    /** The key of the group's label in the {@code fields} bundle of formats.text. */
    public String messageKey() {
        return this == PROFILE ? "group.profile" : "group." + name;
    }
}
