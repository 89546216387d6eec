package org.hspnavigator.formats.profile;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.json.StrictJsonElements;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.databind.JsonNode;

/**
 * The input of {@code hsp score} read one profile at a time: one profile object, or each element of
 * an array of profiles, checked as {@link ProfileDocuments} checks them and with the same words (a case
 * given for a profile included), but in the memory of one profile however long the array is.
 */
public final class ProfileStream implements AutoCloseable {

    /**
     * One element of the document as read.
     *
     * @param index   its index in the array (0 for a document that is one profile)
     * @param profile the profile with its label ({@code id}), or empty when the element was invalid
     */
    public record Element(int index, Optional<LabelledProfile> profile) {
    }

    private final StrictJsonElements elements;
    private final ProfileReader reader;

    private ProfileStream(StrictJsonElements elements, ProfileReader reader) {
        this.elements = elements;
        this.reader = reader;
    }

    /**
     * Starts reading {@code in}, which is closed with this stream.
     *
     * @throws InvalidInputException when the input is empty or does not start as JSON
     */
    public static ProfileStream open(InputStream in, ProfileReader reader) throws InvalidInputException {
        return new ProfileStream(StrictJsonElements.open(in), reader);
    }

    /** Whether the document is an array, so that the results are one too. */
    public boolean isArray() {
        return elements.isArray();
    }

    /**
     * The next profile; null at the end of the document. The problems of an invalid one are added to
     * {@code violations}, each named by its JSON path ({@code [3].birthDate}).
     *
     * @throws WrongDocumentException when the document is a case, not a profile
     * @throws InvalidInputException    when the JSON itself is malformed (reading cannot go on)
     */
    public Element next(List<Violation> violations) throws InvalidInputException {
        JsonNode node = elements.next();
        if (node == null) {
            return null;
        }
        // As ProfileDocuments: only a document that is one object is recognised as a case; the single value
        // is the whole document, read to its end.
        if (!elements.isArray() && DocumentKind.of(node).filter(DocumentKind.CASE::equals).isPresent()) {
            throw new WrongDocumentException(DocumentKind.CASE, DocumentKind.PROFILE, node);
        }
        if (!elements.isArray() && !node.isObject()) {
            violations.add(new Violation(JsonPath.ROOT, Problem.of("document.notProfiles",
                    ValueParsers.describe(new JsonValue(node)))));
            return new Element(0, Optional.empty());
        }
        return new Element(Math.max(elements.index(), 0), reader.readLabelled(node, elements.path(), violations));
    }

    @Override
    public void close() {
        elements.close();
    }
}
