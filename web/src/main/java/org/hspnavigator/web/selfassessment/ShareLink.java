package org.hspnavigator.web.selfassessment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.hspnavigator.engine.table.RuleSet;

/**
 * The address that shows these results again: the answers and the date of the rule set they were
 * scored under, all in the URL, so that the server stores nothing. Opened after another rule set has
 * taken effect for the answers' date, the page warns that the points may differ from those shared.
 * The rule set's id stays ISO 8601 in the address; the page shows its date as its language writes it.
 *
 * @param href        the address, absolute
 * @param ruleSet     the id (the first day) of the rule set the results were scored under
 * @param sharedUnder when the link names another rule set than the one in force now, its id; else empty
 * @param ruleSetDate {@code ruleSet} as the page's language writes a date
 * @param sharedUnderDate {@code sharedUnder} as the page's language writes a date (as the link wrote
 *                    it when it is not a date)
 */
record ShareLink(String href, String ruleSet, Optional<String> sharedUnder, String ruleSetDate,
        Optional<String> sharedUnderDate) {

    /** The query parameter of the rule set's date; no question of the form has this name. */
    static final String RULES = "rules";

    /** The longest rule-set id echoed back in the warning: a date is ten characters. */
    private static final int LONGEST_ID = 10;

    /**
     * @param base      the address of the results page in this language, absolute, without a query
     * @param answers   the answers
     * @param ruleSet   the rule set the answers were scored under
     * @param fromLink  the rule set the opened link names, if it names one
     * @param dates     how the page's language writes a date
     */
    static ShareLink of(String base, Answers answers, String ruleSet, Optional<String> fromLink,
            Function<LocalDate, String> dates) {
        String query = answers.query();
        String href = base + "?" + (query.isEmpty() ? "" : query + "&") + RULES + "=" + ruleSet;
        Optional<String> changed = fromLink.filter(named -> !named.equals(ruleSet))
                .map(named -> named.length() > LONGEST_ID ? named.substring(0, LONGEST_ID) : named);
        return new ShareLink(href, ruleSet, changed, written(ruleSet, dates),
                changed.map(id -> written(id, dates)));
    }

    private static String written(String id, Function<LocalDate, String> dates) {
        return RuleSet.firstDay(id).map(dates).orElse(id);
    }
}
