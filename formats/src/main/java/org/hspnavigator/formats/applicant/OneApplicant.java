package org.hspnavigator.formats.applicant;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.profile.DocumentKind;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.WrongDocumentException;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;

/**
 * The document of one applicant where either kind is accepted (docs/rules.md §18): a profile object,
 * or a case, told apart by their top-level fields. What the reports read: a profile alone, or a case
 * with the residence that dates permanent residence.
 *
 * @param profile     the profile, empty for a case
 * @param applicant   the case, empty for a profile
 */
public record OneApplicant(Optional<Profile> profile, Optional<ApplicantCase> applicant) {

    /**
     * Reads {@code json}: a profile with {@code profiles}, a case with {@code cases}; an array of profiles
     * is refused at the root with the problem {@code arrayRefused}, a key of the {@code validation} bundle.
     */
    public static OneApplicant read(byte[] json, ProfileReader profiles, CaseReader cases, String arrayRefused)
            throws InvalidInputException {
        try {
            ProfileDocument document = ProfileDocuments.read(new ByteArrayInputStream(json), profiles);
            if (document.isArray()) {
                throw new InvalidInputException(List.of(new Violation(JsonPath.ROOT, Problem.of(arrayRefused))));
            }
            return new OneApplicant(Optional.of(document.profiles().get(0)), Optional.empty());
        } catch (WrongDocumentException e) {
            if (e.found() != DocumentKind.CASE) {
                throw e;
            }
        }
        return new OneApplicant(Optional.empty(), Optional.of(cases.read(new ByteArrayInputStream(json))));
    }
}
