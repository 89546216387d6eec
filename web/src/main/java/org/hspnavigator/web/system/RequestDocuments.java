package org.hspnavigator.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.springframework.stereotype.Component;

/**
 * Reads the JSON documents the endpoints take, with the readers of the command line: a profile
 * document (one profile or an array, spec "Profile") and a case (spec "Case"). The problems of the
 * body are added to those already found in the query, and the request ends with all of them.
 */
@Component
public final class RequestDocuments {

    /**
     * The key in the {@code validation} bundle of how a profile's messages name a reference date given in
     * the query ("query parameter date"), as the command line's key names its option "--date": a key, not
     * a text, since each message is rendered in the language of the request.
     */
    static final String DATE_ORIGIN = "origin.dateParameter";

    private final JsonRequestBodies bodies;
    private final ReferenceDates referenceDates;

    public RequestDocuments(JsonRequestBodies bodies, ReferenceDates referenceDates) {
        this.bodies = bodies;
        this.referenceDates = referenceDates;
    }

    /**
     * The profiles of the body, scored as of {@code date} when present; ends the request with a 400
     * naming every problem of the query ({@code problems}) and of the body.
     */
    public ProfileDocument profiles(HttpServletRequest request, Optional<LocalDate> date,
            List<Problems.Located> problems) throws IOException {
        ProfileReader reader = reader(date);
        try {
            ProfileDocument document = bodies.profiles(request, reader);
            QueryParameters.requireNone(problems);
            return document;
        } catch (InvalidInputException e) {
            throw invalid(problems, e.violations());
        }
    }

    /** The reader of profiles, each scored as of {@code date} when present (the query's), else as of its own. */
    public ProfileReader reader(Optional<LocalDate> date) {
        ProfileReader reader = new ProfileReader(referenceDates);
        return date.isPresent() ? reader.withReferenceDate(date.get(), DATE_ORIGIN) : reader;
    }

    /** The case of the body; ends the request with a 400 naming every problem of the query and of the body. */
    public ApplicantCase applicantCase(HttpServletRequest request, List<Problems.Located> problems)
            throws IOException {
        try (InputStream in = bodies.read(request)) {
            ApplicantCase applicant = new CaseReader(referenceDates).read(in);
            QueryParameters.requireNone(problems);
            return applicant;
        } catch (InvalidInputException e) {
            throw invalid(problems, e.violations());
        }
    }

    private static InvalidRequestException invalid(List<Problems.Located> problems, List<Violation> violations) {
        List<Problems.Located> all = new ArrayList<>(problems);
        violations.forEach(violation -> all.add(Problems.Located.body(violation)));
        return new InvalidRequestException(all);
    }
}
