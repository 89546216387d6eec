package org.hspnavigator.cli.interview;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.input.TerminalInput;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.DocumentKind;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.FieldTexts;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A run of {@code hsp new}: refuses a file that exists (without {@code --force}) before asking anything,
 * asks the questions of a profile or a case, and writes the document once the reader accepts all of it,
 * so that {@code hsp score} or {@code hsp pr} reads the file as written. The questions go to stderr, as
 * diagnostics do; stdout stays empty.
 */
final class NewFile {

    private final String command;
    private final Clock clock;
    private final InputStream stdin;
    private final PrintWriter err;
    private final Language language;
    private final CommandTexts words;

    NewFile(String command, Clock clock, InputStream stdin, PrintWriter err, Language language) {
        this.language = language;
        this.words = new CommandTexts(language);
        this.command = command;
        this.clock = clock;
        this.stdin = stdin;
        this.err = err;
    }

    int write(DocumentKind kind, NewFileOptions options) throws IOException {
        if (!options.force() && Files.exists(options.file())) {
            return refuse(words.text("new.exists", options.file().toString()));
        }
        ReferenceDates dates = new ReferenceDates(clock, RuleBook.official().earliestDate());
        FieldTexts texts = FieldTexts.of(language);
        BufferedReader answers = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        Interview interview = new Interview(answers, err, check(kind, dates), !(stdin instanceof TerminalInput),
                words);
        err.println(words.text("new.intro"));
        try {
            if (kind == DocumentKind.CASE) {
                new CaseQuestions(texts, words).ask(interview);
            } else {
                new ProfileQuestions(texts, words).ask(interview, List.of(), false);
            }
            List<Violation> left = interview.settle();
            if (!left.isEmpty()) {
                return refuse(words.text("new.incomplete." + kind.name(), left.get(0).message(words.language())));
            }
        } catch (AnswersEnded ended) {
            err.println();
            return refuse(words.text("new.ended"));
        }
        byte[] json = (StrictJson.toText(withoutEmptyObjects(interview.document())) + System.lineSeparator())
                .getBytes(StandardCharsets.UTF_8);
        readBack(kind, dates, json);
        try {
            OpenOption create = options.force() ? StandardOpenOption.CREATE : StandardOpenOption.CREATE_NEW;
            Files.write(options.file(), json, create, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return refuse(words.text("new.madeMeanwhile", options.file().toString()));
        } catch (NoSuchFileException e) {
            return refuse(words.text("new.noFolder", options.file().toString()));
        }
        err.println();
        err.println(command + ": " + words.text("new.wrote", options.file().toString(),
                kind == DocumentKind.CASE ? "pr" : "score"));
        err.flush();
        return ExitCodes.OK;
    }

    private int refuse(String problem) {
        err.println(command + ": " + problem);
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /** The problems the reader of {@code kind} finds in a document, complete or not. */
    private static Function<ObjectNode, List<Violation>> check(DocumentKind kind, ReferenceDates dates) {
        CaseReader cases = new CaseReader(dates);
        ProfileReader profiles = new ProfileReader(dates);
        return document -> {
            List<Violation> violations = new ArrayList<>();
            if (kind == DocumentKind.CASE) {
                cases.read(document, "", violations);
            } else {
                profiles.read(document, "", violations);
            }
            return violations;
        };
    }

    /** The document as written must read as the commands read files; anything else is a defect here. */
    private static void readBack(DocumentKind kind, ReferenceDates dates, byte[] json) {
        try {
            if (kind == DocumentKind.CASE) {
                new CaseReader(dates).read(new ByteArrayInputStream(json));
            } else {
                ProfileDocuments.read(new ByteArrayInputStream(json), new ProfileReader(dates));
            }
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the answers were accepted but the file does not read: " + e.getMessage(), e);
        }
    }

    /** A group left empty (no research to state, no household facts) is left out of the file. */
    private static JsonNode withoutEmptyObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> empty = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                withoutEmptyObjects(field.getValue());
                if (field.getValue().isObject() && field.getValue().isEmpty()) {
                    empty.add(field.getKey());
                }
            }
            object.remove(empty);
        } else if (node.isArray()) {
            node.forEach(NewFile::withoutEmptyObjects);
        }
        return node;
    }
}
