package org.hspnavigator.cli.score;

import java.io.PrintWriter;
import java.util.Set;
import org.hspnavigator.cli.input.StreamedProfileInput.ProfileSink;
import org.hspnavigator.engine.jskip.JSkipCriteria;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.assessment.ProfileAssessment;
import org.hspnavigator.formats.json.JsonArrayWriter;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.LabelledProfile;
import org.hspnavigator.formats.text.Explanations;

/**
 * The output of {@code hsp score}, written profile by profile as each is scored: the assessment JSON
 * (one object for one profile object, else one array of them, the same text as the whole array written
 * at once; each with the profile's {@code id} when it has one), or the readable table, each headed
 * "Applicant n of N: label" when there are several. Nothing is kept from one profile to the next.
 */
final class ScoreWriter implements ProfileSink {

    private final PrintWriter out;
    private final boolean json;
    private final Set<Category> categories;
    private final PointsEngine engine;
    private final JSkipCriteria jSkipCriteria = JSkipCriteria.official();
    private final AssessmentJson assessmentJson;
    private final ScoreTable table;
    private boolean several;
    private long total;
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
    public void begin(boolean several, long total) {
        this.several = several;
        this.total = total;
        if (json && several) {
            array = StrictJson.arrayWriter(out);
        }
    }

    @Override
    public void accept(long index, LabelledProfile profile, String label) {
        ProfileAssessment assessed = ProfileAssessment.of(profile.profile(), categories, engine, jSkipCriteria);
        if (json) {
            String text = assessmentJson.text(assessed.result(), assessed.jSkip(), profile.id());
            if (array != null) {
                // An assessment reads the same at the top and in an array: the array only adds its separators.
                array.add(generator -> generator.writeRawValue(text));
            } else {
                out.print(text);
                out.println();
            }
            return;
        }
        if (several) {
            out.println((index > 0 ? System.lineSeparator() : "") + table.applicantHeading(index + 1, total, label));
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
