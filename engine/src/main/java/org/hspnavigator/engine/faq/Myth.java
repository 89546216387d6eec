package org.hspnavigator.engine.faq;

import java.util.List;
import java.util.Objects;

/**
 * One common claim about the HSP visa and its verdict against the official rules.
 *
 * @param id       its letter ({@code a} … {@code v}); also the key of its texts
 * @param verdict  how the claim compares with the official rules
 * @param sections where the rule stands in the rule book, e.g. {@code docs/rules.md §14}
 */
public record Myth(String id, Verdict verdict, List<String> sections) {

    public Myth {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        sections = List.copyOf(sections);
    }
}
