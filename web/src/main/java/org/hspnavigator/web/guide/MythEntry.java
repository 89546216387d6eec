package org.hspnavigator.web.guide;

import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.faq.Myth;
import org.hspnavigator.formats.faq.MythTexts;

/**
 * One myth as the FAQ page shows it.
 *
 * @param id          its id (a letter), the anchor of its entry
 * @param verdict     its verdict ({@code FALSE}), which styles the entry
 * @param claim       what people believe
 * @param verdictText the verdict in words
 * @param rule        what the rules say
 * @param sources     where the rule is written: a section of the rule book or an official document
 */
record MythEntry(String id, String verdict, String claim, String verdictText, String rule, List<SourceLink> sources) {

    /**
     * A source of a myth's rule, with its address: a section of the rule book ({@code docs/rules.md §11})
     * links to the rules page, named as that page (the file's name means nothing to a reader, who is to
     * follow the official sources); an official document to the address written after its name.
     *
     * @param text     the source as the page's language writes it, without its address; for a section of the
     *                 rule book its number ({@code 11}), which the page words as a part of the rules page
     * @param href     where it is read: for a section of the rule book its anchor on the rules page
     *                 ({@code s11}); else the document's address, empty when the source gives none
     * @param ruleBook whether the source is a section of the rule book
     */
    record SourceLink(String text, String href, boolean ruleBook) {
    }

    static MythEntry of(Myth myth, MythTexts texts) {
        List<SourceLink> sources = new ArrayList<>();
        for (String section : myth.sections().stream().map(texts::source).toList()) {
            int address = section.indexOf("https://");
            if (section.startsWith("docs/rules.md §")) {
                String number = section.substring("docs/rules.md §".length()).strip();
                sources.add(new SourceLink(number, "s" + number, true));
            } else if (address >= 0) {
                sources.add(new SourceLink(section.substring(0, address).strip(), section.substring(address).strip(), false));
            } else {
                sources.add(new SourceLink(section, "", false));
            }
        }
        return new MythEntry(myth.id(), myth.verdict().name(), texts.claim(myth), texts.verdict(myth), texts.rule(myth),
                List.copyOf(sources));
    }
}
