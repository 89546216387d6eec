package org.hspnavigator.web.applicant;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.Violation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The profiles of stored snapshots as {@link ProfileReader} read them, kept by snapshot id, so that reading an
 * applicant's case does not parse and check every snapshot of its history again at every request.
 *
 * <p>A kept profile is given again only for the same id, the very same stored text (compared whole, not by a hash:
 * a snapshot can be corrected, here or on another server sharing the database, and a corrected text must never
 * meet the profile of the text it replaced) and the same day (a profile's checks depend on today), else the text
 * is read again. Comparing the text costs a small part of reading it. The cache is asked only about the snapshots
 * that the request read itself through the caller's scope, so a snapshot of another organization, or one deleted
 * (here or on another server sharing the database), is never asked for; one deleted or erased here is also
 * forgotten here, and the others age out (on another server, a deleted snapshot's profile stays in its memory,
 * unreachable, until then). At most {@link #CAPACITY} profiles are kept, the least recently used leaving first.
 */
@Component
public class SnapshotProfiles {

    /** About 1 to 2 KB a profile, and its text. */
    static final int CAPACITY = 20_000;

    private record Kept(String applicantId, String text, LocalDate readOn, Profile profile) {

        boolean isOf(ApplicantRepository.Snapshot snapshot, LocalDate today) {
            return text.equals(snapshot.profile()) && readOn.equals(today);
        }
    }

    private final ReferenceDates referenceDates;
    private final ProfileReader reader;
    private final Map<String, Kept> kept = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > CAPACITY;
        }
    };

    public SnapshotProfiles(ReferenceDates referenceDates) {
        this.referenceDates = referenceDates;
        this.reader = new ProfileReader(referenceDates);
    }

    /**
     * The snapshots as a case's {@code snapshots} array for {@link Reading#caseReader}: each element stands for
     * one snapshot and holds only its reference date (the one it was stored with, from its profile), which
     * the case reader looks at itself; the reader gives the snapshot's profile.
     */
    public Reading reading(List<ApplicantRepository.Snapshot> snapshots) {
        ArrayNode elements = StrictJson.nodes().arrayNode();
        Map<Object, ApplicantRepository.Snapshot> standing = new IdentityHashMap<>();
        for (ApplicantRepository.Snapshot snapshot : snapshots) {
            ObjectNode element = elements.addObject().put("referenceDate", snapshot.referenceDate().toString());
            standing.put(element, snapshot);
        }
        return new Reading(elements, new CaseReader(referenceDates, (node, path, violations) -> {
            ApplicantRepository.Snapshot snapshot = standing.get(node);
            return snapshot == null ? reader.read(node, path, violations) : profile(snapshot, path, violations);
        }));
    }

    /**
     * The stored snapshots as elements of a case document, and the case reader that reads them.
     *
     * @param elements   the {@code snapshots} array of a case document
     * @param caseReader a reader of that document
     */
    public record Reading(ArrayNode elements, CaseReader caseReader) {
    }

    /** Forgets a deleted or corrected snapshot. */
    public void forget(String snapshotId) {
        synchronized (kept) {
            kept.remove(snapshotId);
        }
    }

    /** Forgets the snapshots of an erased applicant: their personal data stays in no memory here. */
    public void forgetApplicant(String applicantId) {
        synchronized (kept) {
            kept.values().removeIf(known -> known.applicantId().equals(applicantId));
        }
    }

    private Optional<Profile> profile(ApplicantRepository.Snapshot snapshot, String path, List<Violation> violations) {
        LocalDate today = referenceDates.today();
        Kept known;
        synchronized (kept) {
            known = kept.get(snapshot.id());
        }
        if (known != null && known.isOf(snapshot, today)) {
            return Optional.of(known.profile());
        }
        int before = violations.size();
        Optional<Profile> read = reader.read(ApplicantCases.parse(snapshot.profile()), path, violations);
        if (read.isPresent() && violations.size() == before) {
            Kept fresh = new Kept(snapshot.applicantId(), snapshot.profile(), today, read.get());
            synchronized (kept) {
                kept.put(snapshot.id(), fresh);
            }
        }
        return read;
    }

    /** How many profiles are kept; for tests. */
    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
