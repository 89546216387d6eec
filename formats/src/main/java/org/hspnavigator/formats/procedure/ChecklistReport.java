package org.hspnavigator.formats.procedure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.procedure.Checklist;
import org.hspnavigator.engine.procedure.Deadline;
import org.hspnavigator.engine.procedure.Document;
import org.hspnavigator.engine.procedure.EvidenceItem;
import org.hspnavigator.engine.procedure.Fee;
import org.hspnavigator.engine.procedure.SheetEvidence;
import org.hspnavigator.engine.procedure.StartEvidence;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.MessageTexts;

/** The readable checklist of {@code hsp checklist}: documents, marked evidence, fee, deadlines, warnings, notes. */
public final class ChecklistReport {

    private static final String NL = System.lineSeparator();

    private final MessageTexts texts;
    private final Explanations explanations;
    private final Language language;

    public ChecklistReport(MessageTexts texts, Explanations explanations) {
        this.texts = texts;
        this.explanations = explanations;
        this.language = texts.language();
    }

    public String render(Checklist checklist) {
        StringBuilder out = new StringBuilder();
        String official = checklist.procedure().officialName();
        String translation = texts.format("checklist.procedure." + checklist.procedure().id());
        // Traditional Chinese writes some procedures as Japanese does: the name is then shown once.
        String procedure = official.equals(translation) ? official
                : texts.format("checklist.named", official, translation);
        out.append(texts.format("checklist.heading", procedure, checklist.date())).append(NL);
        out.append(checklist.employerCategory().isPresent()
                ? texts.format("checklist.employerCategory", checklist.employerCategory().getAsInt())
                : texts.format("checklist.employerCategory.none")).append(NL);
        if (checklist.jSkip().isPresent()) {
            out.append(texts.format("checklist.jSkip", checklist.category(),
                    explanations.text(checklist.jSkip().get().basis()))).append(NL);
        } else {
            out.append(texts.format("checklist.points", checklist.category(), checklist.points(),
                    checklist.threshold())).append(NL);
        }
        section(out, "checklist.documents");
        for (Document document : checklist.documents()) {
            out.append("  [ ] ").append(texts.text(document.text()));
            if (document.singleSource()) {
                out.append(' ').append(texts.format("checklist.singleSource"));
            }
            out.append(NL);
        }
        String evidenceHeading = checklist.jSkip().isPresent() ? texts.format("checklist.evidenceHeading.jSkip")
                : texts.format("checklist.evidenceHeading", checklist.threshold());
        out.append(NL).append(language.heading(evidenceHeading)).append(NL);
        evidence(out, checklist.evidence());
        if (checklist.atStart().isPresent() && checklist.atStart().get().known()) {
            StartEvidence start = checklist.atStart().get();
            out.append(NL).append(language.heading(start.jSkip().isPresent()
                    ? texts.format("checklist.atStartHeading.jSkip", start.date(), explanations.text(start.jSkip().get().basis()))
                    : texts.format("checklist.atStartHeading", start.date(), start.points(), checklist.threshold())))
                    .append(NL);
            evidence(out, start.evidence());
        }
        section(out, "checklist.fees", checklist.date());
        Map<String, Source> cited = new LinkedHashMap<>();
        for (Fee fee : checklist.fees()) {
            out.append("  ").append(language.labelled(texts.format("checklist.channel." + fee.channel().name()),
                    fee.yen() == 0 ? texts.format("checklist.fee.none") : texts.format("checklist.fee.yen", fee.yen())))
                    .append("  [").append(fee.sources().get(0).id()).append(']').append(NL);
            fee.sources().forEach(source -> cited.putIfAbsent(source.id(), source));
        }
        // An id alone would send the reader searching: each source cited once, with its title and address. The
        // title is the source's own (English, with the Japanese in ASCII parentheses), so its colon stays ASCII.
        for (Source source : cited.values()) {
            out.append("  [").append(source.id()).append("] ").append(source.title()).append(": ").append(source.url())
                    .append(NL);
        }
        section(out, "checklist.deadlines");
        for (Deadline deadline : checklist.deadlines()) {
            String text = texts.text(deadline.text());
            out.append("  - ").append(deadline.date().map(date -> language.labelled(language.date(date), text))
                    .orElse(text)).append(NL);
        }
        if (!checklist.warnings().isEmpty()) {
            section(out, "checklist.warnings");
            for (Message warning : checklist.warnings()) {
                out.append("  ! ").append(texts.text(warning)).append(NL);
            }
        }
        section(out, "checklist.notes");
        for (Message note : checklist.notes()) {
            out.append("  - ").append(texts.text(note)).append(NL);
        }
        return out.toString();
    }

    private void evidence(StringBuilder out, List<EvidenceItem> items) {
        for (EvidenceItem item : items) {
            out.append("  [").append(item.marked() ? 'x' : ' ').append("] ").append(item.label()).append(' ')
                    .append(explanations.criterionName(item.item().criterion())).append(language.separator())
                    .append(texts.format("checklist.item.points", Integer.toString(item.item().points()),
                            explanations.text(item.item().explanation()))).append(NL);
            if (item.evidence().isEmpty()) {
                out.append("        ").append(texts.format("checklist.evidenceNone")).append(NL);
            }
            for (SheetEvidence line : item.evidence()) {
                out.append("        ").append(line.label()).append(' ').append(texts.format(line.key())).append(NL);
            }
        }
    }

    private void section(StringBuilder out, String key, Object... arguments) {
        out.append(NL).append(language.heading(texts.format(key, arguments))).append(NL);
    }
}
