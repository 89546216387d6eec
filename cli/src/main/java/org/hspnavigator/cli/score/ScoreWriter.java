package org.hspnavigator.cli.score;

import java.io.PrintWriter;
import java.util.Set;
import org.hspnavigator.cli.input.StreamedProfileInput.ProfileSink;
import org.hspnavigator.engine.jskip.JSkipCriteria;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.assessment.ProfileAssessment;
import org.hspnavigator.formats.json.JsonArrayWriter;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Explanations;

/**
 * The output of {@code hsp score}, written profile by profile as each is scored: the assessment JSON
 * (one object, or an array of them for an array of profiles, the same text as the whole array written
 * at once), or the readable table, each headed "Profile [i] (n of N)" for an array. Nothing is kept
 * from one profile to the next.
 */
final class ScoreWriter implements ProfileSink {

    private final PrintWriter out;
    private final boolean json;
    private final Set<Category> categories;
    private final PointsEngine engine;
    private final JSkipCriteria jSkipCriteria = JSkipCriteria.official();
    private final AssessmentJson assessmentJson;
    private final ScoreTable table;
    private boolean isArray;
    private long count;
    private JsonArrayWriter array;

    ScoreWriter(PrintWriter out, boolean json, Set<Category> categories, PointsEngine engine, Explanations explanations) {
        this.out = out;
        this.json = json;
        this.categories = categories;
        this.engine = engine;
        this.assessmentJson = new AssessmentJson(explanations);
        this.table = new ScoreTable(explanations);
    }

    @Override
    public void begin(boolean isArray, long count) {
        this.isArray = isArray;
        this.count = count;
        if (json && isArray) {
            array = StrictJson.arrayWriter(out);
        }
    }

    @Override
    public void accept(long index, Profile profile) {
        ProfileAssessment assessed = ProfileAssessment.of(profile, categories, engine, jSkipCriteria);
        if (json) {
            if (array != null) {
                array.add(assessmentJson.write(assessed.result(), assessed.jSkip()));
            } else {
                out.println(StrictJson.toText(assessmentJson.write(assessed.result(), assessed.jSkip())));
            }
            return;
        }
        if (isArray) {
            out.println((index > 0 ? System.lineSeparator() : "") + "Profile [" + index + "] (" + (index + 1) + " of "
                    + count + ")");
        }
        out.print(table.render(assessed.result(), assessed.jSkip()));
    }

    @Override
    public void end() {
        if (array != null) {
            array.close();
            out.println();
        }
        out.flush();
    }
}
