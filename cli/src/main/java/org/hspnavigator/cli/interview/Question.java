package org.hspnavigator.cli.interview;

import java.util.List;
import org.hspnavigator.formats.profile.FieldType;
import org.hspnavigator.formats.validation.JsonPath;

/**
 * One question of an interview: where its answer goes in the document, how the answer is written
 * there, and the words it is asked in.
 *
 * @param location   the keys and indexes from the document's root to the answer ({@code snapshots, 0, birthDate})
 * @param type       how the answer is written in JSON
 * @param label      what is asked, in a few words
 * @param help       what it means, from the help texts of the forms
 * @param hint       the form of the answer and what an empty answer means ({@code YYYY-MM-DD; required})
 */
record Question(List<Object> location, FieldType type, String label, String help, String hint) {

    Question {
        location = List.copyOf(location);
    }

    /** The JSON path of the answer, as the reader names problems: {@code snapshots[0].birthDate}. */
    String path() {
        String path = "";
        for (Object step : location) {
            path = step instanceof Integer index ? JsonPath.element(path, index) : JsonPath.property(path, (String) step);
        }
        return path;
    }
}
