package org.hspnavigator.web.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.springframework.context.MessageSource;

/**
 * The words of the snapshot form for the problems that compare the new snapshot with a stored one: the
 * services name the stored one by its JSON path in the case ({@code snapshots[0]}), which the page does not
 * show; the page names it by its date, as its list of snapshots does ("the snapshot from 1 April 2026").
 */
final class SnapshotProblemWords implements FormProblems.Wording {

    private static final Pattern SNAPSHOT = Pattern.compile("^snapshots\\[(\\d+)]");

    private final List<ApplicantRepository.Snapshot> stored;
    private final MessageSource messages;

    /** The words for a snapshot added after {@code stored} (oldest first, as the case lists them). */
    SnapshotProblemWords(List<ApplicantRepository.Snapshot> stored, MessageSource messages) {
        this.stored = stored;
        this.messages = messages;
    }

    @Override
    public Optional<String> text(Violation violation, Language language) {
        List<Object> arguments = violation.reason().arguments();
        return switch (violation.reason().key()) {
            case "case.sameDate" -> Optional.of(words("ws.snapshots.sameDate", language, date(arguments.get(0), language)));
            case "case.otherBirthDate" -> storedDate(arguments.get(1)).map(day -> words("ws.snapshots.otherBirthDate",
                    language, date(arguments.get(0), language), language.date(day), date(arguments.get(2), language)));
            default -> Optional.empty();
        };
    }

    /** The reference date of the stored snapshot a path in the case starts with. */
    private Optional<LocalDate> storedDate(Object path) {
        Matcher index = SNAPSHOT.matcher(String.valueOf(path));
        if (!index.find()) {
            return Optional.empty();
        }
        int i = Integer.parseInt(index.group(1));
        return i < stored.size() ? Optional.of(stored.get(i).referenceDate()) : Optional.empty();
    }

    private static String date(Object value, Language language) {
        return value instanceof LocalDate day ? language.date(day) : String.valueOf(value);
    }

    private String words(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.bundleLocale());
    }
}
