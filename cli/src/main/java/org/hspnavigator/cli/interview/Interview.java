package org.hspnavigator.cli.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks questions one at a time and builds the document from the answers. Each answer is written into
 * the document as JSON writes its type and the whole document is checked by the reader of its kind at
 * once: a problem the reader names at the question's path is said, and the question asked again. The
 * reader also names problems that only show once later answers are in (a birth date after the reference
 * date); {@link #settle()} asks those questions again at the end.
 */
final class Interview {

    private static final JsonNodeFactory NODES = StrictJson.nodes();

    private final BufferedReader answers;
    private final PrintWriter prompts;
    private final Function<ObjectNode, List<Violation>> check;
    private final ObjectNode document = NODES.objectNode();
    private final Map<String, Question> asked = new LinkedHashMap<>();
    private final boolean echo;
    private final CommandTexts texts;

    /**
     * @param check the problems the reader of the document's kind finds in a document, complete or not
     * @param echo  whether to write each answer after its prompt: answers piped in are not shown by a
     *              terminal, and the questions would run together without them
     * @param texts the words of the prompts
     */
    Interview(BufferedReader answers, PrintWriter prompts, Function<ObjectNode, List<Violation>> check, boolean echo,
            CommandTexts texts) {
        this.texts = texts;
        this.answers = answers;
        this.prompts = prompts;
        this.check = check;
        this.echo = echo;
    }

    ObjectNode document() {
        return document;
    }

    /** Says something between the questions: a heading, what comes next. */
    void say(String text) {
        prompts.println(text);
    }

    /** Asks {@code question} until the reader accepts the answer. */
    void ask(Question question) throws IOException, AnswersEnded {
        asked.put(question.path(), question);
        while (true) {
            write(question, read(question.label() + texts.language().inParentheses(question.hint()), question.help()));
            Optional<String> problem = problemAt(question.path());
            if (problem.isEmpty()) {
                return;
            }
            prompts.println(texts.text("new.notAccepted", problem.get()));
        }
    }

    /** A yes-or-no question that is no field of the document; an empty answer is no. */
    boolean yes(String label, String help) throws IOException, AnswersEnded {
        while (true) {
            Optional<Boolean> answer = yesOrNo(read(label + texts.language().inParentheses(texts.text("new.yesOrNo")), help));
            if (answer.isPresent()) {
                return answer.get();
            }
            prompts.println(texts.text("new.notAccepted.yesOrNo"));
        }
    }

    /** How many of something, from 0 (or {@code least}) to {@code most}; an empty answer is {@code least}. */
    int count(String label, String help, int least, int most) throws IOException, AnswersEnded {
        while (true) {
            String answer = read(label + texts.language().inParentheses(texts.text("new.count", String.valueOf(least),
                    String.valueOf(most))), help);
            if (answer.isEmpty()) {
                return least;
            }
            try {
                int count = Integer.parseInt(answer);
                if (count >= least && count <= most) {
                    return count;
                }
            } catch (NumberFormatException notANumber) {
                // asked again below, with the range
            }
            prompts.println(texts.text("new.notAccepted.count", String.valueOf(least), String.valueOf(most)));
        }
    }

    /**
     * Asks again every question whose answer the reader still finds a problem with, now that every answer
     * is in, until there is none; returns the problems at no question asked (none, for a document whose
     * every field is asked).
     */
    List<Violation> settle() throws IOException, AnswersEnded {
        while (true) {
            List<Violation> violations = check.apply(document);
            Optional<Violation> atQuestion = violations.stream().filter(v -> asked.containsKey(v.path())).findFirst();
            if (atQuestion.isEmpty()) {
                return violations;
            }
            prompts.println(texts.text("new.notAccepted.again", atQuestion.get().message(texts.language())));
            ask(asked.get(atQuestion.get().path()));
        }
    }

    private Optional<String> problemAt(String path) {
        return check.apply(document).stream().filter(v -> v.path().equals(path)).map(v -> v.problem(texts.language())).findFirst();
    }

    private String read(String question, String help) throws IOException, AnswersEnded {
        prompts.println();
        prompts.println(question);
        prompts.println("  " + help);
        prompts.print("> ");
        prompts.flush();
        String line = answers.readLine();
        if (line == null) {
            throw new AnswersEnded();
        }
        if (echo) {
            prompts.println(line);
        }
        return line.strip();
    }

    /** Writes an answer at its place, as JSON writes its type; an empty answer leaves the field out. */
    private void write(Question question, String answer) {
        List<Object> location = question.location();
        JsonNode parent = document;
        for (int i = 0; i < location.size() - 1; i++) {
            parent = child(parent, location.get(i), location.get(i + 1) instanceof Integer);
        }
        Object last = location.get(location.size() - 1);
        JsonNode value = answer.isEmpty() ? null : value(question, answer);
        if (last instanceof Integer index) {
            ArrayNode array = (ArrayNode) parent;
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value == null ? NODES.nullNode() : value);
        } else if (value == null) {
            ((ObjectNode) parent).remove((String) last);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    /** The object or array at {@code step} of {@code parent}, made when it is not there yet. */
    private static JsonNode child(JsonNode parent, Object step, boolean array) {
        if (step instanceof Integer index) {
            ArrayNode elements = (ArrayNode) parent;
            while (elements.size() <= index) {
                elements.add(array ? NODES.arrayNode() : NODES.objectNode());
            }
            return elements.get(index);
        }
        ObjectNode object = (ObjectNode) parent;
        JsonNode existing = object.get((String) step);
        if (existing == null) {
            existing = array ? NODES.arrayNode() : NODES.objectNode();
            object.set((String) step, existing);
        }
        return existing;
    }

    /**
     * The answer as JSON writes its type; an answer that is not of the type is written as the text it is,
     * so that the reader says what it expected in its own words.
     */
    private static JsonNode value(Question question, String answer) {
        switch (question.type()) {
            case WHOLE_NUMBER, DECIMAL -> {
                try {
                    return NODES.numberNode(new BigDecimal(answer));
                } catch (NumberFormatException notANumber) {
                    return NODES.stringNode(answer);
                }
            }
            case BOOLEAN -> {
                Optional<Boolean> yes = yesOrNo(answer);
                return yes.isPresent() ? NODES.booleanNode(yes.get()) : NODES.stringNode(answer);
            }
            case CHOICE -> {
                return NODES.stringNode(answer.toUpperCase(Locale.ROOT));
            }
            default -> {
                return NODES.stringNode(answer);
            }
        }
    }

    private static Optional<Boolean> yesOrNo(String answer) {
        return switch (answer.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true" -> Optional.of(true);
            case "n", "no", "false", "" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
