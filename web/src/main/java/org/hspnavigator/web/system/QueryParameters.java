package org.hspnavigator.web.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.formats.applicant.FirstSnapshot;
import org.hspnavigator.formats.profile.CategoryParameter;
import org.hspnavigator.formats.profile.DateParameter;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.ParameterValue;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.WholeNumberParameter;
import org.springframework.stereotype.Component;

/**
 * Reads the query parameters the endpoints share, as the command line reads its options of the same
 * names ({@code --date}, {@code --category}): the same accepted values, the same words when refused.
 * Each problem is added to the request's list, so that all of them are answered at once.
 */
@Component
public final class QueryParameters {

    private final ReferenceDates referenceDates;

    public QueryParameters(ReferenceDates referenceDates) {
        this.referenceDates = referenceDates;
    }

    /** Today in Japan: the date when none is given. */
    public LocalDate today() {
        return referenceDates.today();
    }

    /**
     * The {@code name} parameter as a date in the range the rules cover (2013-12-24 to one year after
     * today); empty when absent or refused.
     */
    public Optional<LocalDate> date(String name, String value, List<Problems.Located> problems) {
        if (value == null) {
            return Optional.empty();
        }
        DateParameter.Parsed parsed = DateParameter.parse(value, referenceDates);
        if (parsed.date() == null) {
            problems.add(Problems.Located.query(name, parsed.problem()));
        }
        return Optional.ofNullable(parsed.date());
    }

    /** The {@code category} parameter, in any case; empty when absent or refused. */
    public Optional<Category> category(String value, List<Problems.Located> problems) {
        return value == null ? Optional.empty() : read("category", CategoryParameter.parse(value), problems);
    }

    /** The {@code name} parameter as {@code true} or {@code false} in any case; false when absent, empty when refused. */
    public Optional<Boolean> flag(String name, String value, List<Problems.Located> problems) {
        if (value == null) {
            return Optional.of(false);
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Optional.of(Boolean.parseBoolean(value));
        }
        problems.add(Problems.Located.query(name, Problem.of("query.flag", value)));
        return Optional.empty();
    }

    /**
     * The {@code name} parameter as a whole number; {@code fallback} when absent, empty when refused
     * with what was {@code expected}.
     */
    public Optional<Integer> integer(String name, String value, int fallback, Problem expected,
            List<Problems.Located> problems) {
        return value == null ? Optional.of(fallback)
                : read(name, WholeNumberParameter.parse(value, expected), problems);
    }

    /** The value of the {@code name} parameter as read; empty after its problem is added when it was refused. */
    public static <T> Optional<T> read(String name, ParameterValue<T> read, List<Problems.Located> problems) {
        if (read.isRefused()) {
            problems.add(Problems.Located.query(name, read.problem()));
        }
        return Optional.ofNullable(read.value());
    }

    /**
     * The problem of a date before the case's first snapshot, where the case says nothing of the
     * applicant; {@code given} tells whether the date came from the query rather than being today, and
     * {@code consequence} is the key in the {@code validation} bundle of what cannot be done therefore.
     */
    public static Problems.Located beforeFirstSnapshot(LocalDate date, boolean given, LocalDate firstSnapshot,
            String consequence) {
        return Problems.Located.query("date", FirstSnapshot.before(date, given, firstSnapshot, consequence));
    }

    /** Ends the request with a 400 when any problem was found. */
    public static void requireNone(List<Problems.Located> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
