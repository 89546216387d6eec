package org.hspnavigator.formats.procedure;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.procedure.Checklist;
import org.hspnavigator.engine.procedure.Deadline;
import org.hspnavigator.engine.procedure.Document;
import org.hspnavigator.engine.procedure.EvidenceItem;
import org.hspnavigator.engine.procedure.Fee;
import org.hspnavigator.engine.procedure.SheetEvidence;
import org.hspnavigator.engine.procedure.StartEvidence;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.MessageTexts;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@code hsp checklist --json}: procedure, date, employer category, the category and
 * points proved with the threshold, {@code documents}, {@code evidence} (every item with points,
 * {@code marked} for the smallest set proving the threshold, the sheet numbers as labels), the
 * {@code atStart} for permanent residence (the points and marked evidence at the start of the
 * route's period, or null), the {@code fee} in force, {@code deadlines}, {@code warnings} and
 * {@code notes}. A permanent-residence checklist also gives the {@code route} it follows ({@code POINTS_80},
 * {@code POINTS_70} or {@code J_SKIP}) and {@code jSkipCriteria}, the J-Skip criteria it proves in words
 * (null on a points route), also in {@code atStart}; the other procedures have no route and no such fields.
 */
public final class ChecklistJson {

    private final MessageTexts texts;
    private final Explanations explanations;

    public ChecklistJson(MessageTexts texts, Explanations explanations) {
        this.texts = texts;
        this.explanations = explanations;
    }

    public ObjectNode write(Checklist checklist) {
        ObjectNode root = StrictJson.nodes().objectNode();
        root.put("procedure", checklist.procedure().id());
        root.put("procedureName", checklist.procedure().officialName() + " · " + checklist.procedure().englishName());
        root.put("date", checklist.date().toString());
        if (checklist.employerCategory().isPresent()) {
            root.put("employerCategory", checklist.employerCategory().getAsInt());
        } else {
            root.putNull("employerCategory");
        }
        root.put("category", checklist.category().name());
        root.put("points", checklist.points());
        root.put("threshold", checklist.threshold());
        root.put("proves", checklist.proves());
        root.put("markedPoints", checklist.markedPoints());
        checklist.route().ifPresent(route -> {
            root.put("route", route.name());
            jSkipCriteria(root, checklist.jSkip());
        });
        ArrayNode documents = root.putArray("documents");
        for (Document document : checklist.documents()) {
            ObjectNode node = documents.addObject();
            node.put("id", document.id());
            node.put("text", texts.text(document.text()));
            node.put("singleSource", document.singleSource());
        }
        writeEvidence(root.putArray("evidence"), checklist.evidence());
        if (checklist.atStart().isPresent()) {
            StartEvidence start = checklist.atStart().get();
            ObjectNode node = root.putObject("atStart");
            node.put("date", start.date().toString());
            node.put("known", start.known());
            node.put("points", start.points());
            node.put("proves", start.proves());
            node.put("markedPoints", start.markedPoints());
            if (checklist.route().isPresent()) {
                jSkipCriteria(node, start.jSkip());
            }
            writeEvidence(node.putArray("evidence"), start.evidence());
        } else {
            root.putNull("atStart");
        }
        ObjectNode fee = root.putObject("fee");
        fee.put("date", checklist.date().toString());
        fee.put("paidWhen", "granted");
        ArrayNode amounts = fee.putArray("amounts");
        ArrayNode sources = fee.putArray("sources");
        Set<String> cited = new HashSet<>();
        for (Fee amount : checklist.fees()) {
            ObjectNode node = amounts.addObject();
            node.put("channel", amount.channel().name());
            node.put("yen", amount.yen());
            node.put("effectiveFrom", amount.validity().from().toString());
            amount.validity().to().ifPresentOrElse(to -> node.put("effectiveTo", to.toString()),
                    () -> node.putNull("effectiveTo"));
            for (Source source : amount.sources()) {
                if (cited.add(source.id())) {
                    ObjectNode entry = sources.addObject();
                    entry.put("id", source.id());
                    entry.put("title", source.title());
                    entry.put("url", source.url());
                }
            }
        }
        ArrayNode deadlines = root.putArray("deadlines");
        for (Deadline deadline : checklist.deadlines()) {
            ObjectNode node = deadlines.addObject();
            node.put("id", deadline.id());
            deadline.date().ifPresentOrElse(date -> node.put("date", date.toString()), () -> node.putNull("date"));
            node.put("text", texts.text(deadline.text()));
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Message warning : checklist.warnings()) {
            warnings.add(texts.text(warning));
        }
        ArrayNode notes = root.putArray("notes");
        for (Message note : checklist.notes()) {
            notes.add(texts.text(note));
        }
        return root;
    }

    private void jSkipCriteria(ObjectNode node, Optional<JSkipVerdict> verdict) {
        verdict.ifPresentOrElse(met -> node.put("jSkipCriteria", explanations.text(met.basis())),
                () -> node.putNull("jSkipCriteria"));
    }

    private void writeEvidence(ArrayNode evidence, List<EvidenceItem> items) {
        for (EvidenceItem item : items) {
            ObjectNode node = evidence.addObject();
            node.put("item", item.item().criterion().id());
            node.put("label", item.label());
            node.put("points", item.item().points());
            node.put("marked", item.marked());
            node.put("explanation", explanations.text(item.item().explanation()));
            ArrayNode lines = node.putArray("documents");
            for (SheetEvidence line : item.evidence()) {
                ObjectNode entry = lines.addObject();
                entry.put("number", line.number());
                entry.put("label", line.label());
                entry.put("text", texts.format(line.key()));
            }
        }
    }
}
