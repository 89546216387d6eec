package org.hspnavigator.formats.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.formats.json.StrictJson;
import tools.jackson.databind.JsonNode;

/**
 * The case files under {@code cases/} at the repository root (see cases/README.md): scoring cases
 * with expected points, and invalid inputs with the expected error. Shared by the formats tests
 * and the command-line black-box tests, so a new case runs everywhere without code.
 */
public final class CaseFiles {

    /** A scoring case: the profile given, and the assessment expected. */
    public record ScoringCase(String file, String name, JsonNode input, JsonNode expected) {
        public String displayName() {
            return file + " › " + name;
        }
    }

    /** A permanent-residence case: the case given, the application date, and what is expected (cases/README.md). */
    public record PrCase(String file, String name, JsonNode input, String applicationDate, JsonNode expected) {
        public String displayName() {
            return file + " › " + name;
        }
    }

    /** An invalid input: the bytes given, the JSON path the error must name, fragments it must contain. */
    public record InvalidCase(String file, String name, byte[] input, String path, List<String> fragments) {
        public String displayName() {
            return file + " › " + name;
        }
    }

    private static final String INVALID_APPLICANT_CASES = "cases.json";

    private CaseFiles() {
    }

    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("cases/README.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cases/README.md not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static List<ScoringCase> scoringCases() {
        List<ScoringCase> cases = new ArrayList<>();
        for (Path file : files("points")) {
            for (JsonNode node : array(file)) {
                cases.add(new ScoringCase(file.getFileName().toString(), require(node, "name", file).stringValue(),
                        require(node, "input", file), require(node, "expected", file)));
            }
        }
        return cases;
    }

    /** The cases of {@code pr/*.json}. */
    public static List<PrCase> prCases() {
        List<PrCase> cases = new ArrayList<>();
        for (Path file : files("pr")) {
            for (JsonNode node : array(file)) {
                cases.add(new PrCase(file.getFileName().toString(), require(node, "name", file).stringValue(),
                        require(node, "input", file), require(node, "applicationDate", file).stringValue(),
                        require(node, "expected", file)));
            }
        }
        return cases;
    }

    /** The invalid profiles of {@code invalid/*.json}, except the invalid applicant cases. */
    public static List<InvalidCase> invalidCases() {
        return invalid(files("invalid").stream()
                .filter(file -> !file.getFileName().toString().equals(INVALID_APPLICANT_CASES)).toList());
    }

    /** The invalid applicant cases of {@code invalid/cases.json}, for {@code hsp pr}. */
    public static List<InvalidCase> invalidApplicantCases() {
        return invalid(List.of(repositoryRoot().resolve("cases").resolve("invalid").resolve(INVALID_APPLICANT_CASES)));
    }

    private static List<InvalidCase> invalid(List<Path> files) {
        List<InvalidCase> cases = new ArrayList<>();
        for (Path file : files) {
            for (JsonNode node : array(file)) {
                String name = require(node, "name", file).stringValue();
                byte[] input = node.has("rawInput")
                        ? node.get("rawInput").stringValue().getBytes(StandardCharsets.UTF_8)
                        : StrictJson.toText(require(node, "input", file)).getBytes(StandardCharsets.UTF_8);
                JsonNode expected = require(node, "expectedError", file);
                String path = expected.has("path") ? expected.get("path").stringValue() : "";
                List<String> fragments = new ArrayList<>();
                if (expected.has("messageContains")) {
                    expected.get("messageContains").forEach(fragment -> fragments.add(fragment.stringValue()));
                }
                cases.add(new InvalidCase(file.getFileName().toString(), name, input, path, fragments));
            }
        }
        return cases;
    }

    private static List<Path> files(String folder) {
        try (Stream<Path> listing = Files.list(repositoryRoot().resolve("cases").resolve(folder))) {
            return listing.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode array(Path file) {
        try {
            JsonNode root = StrictJson.parse(Files.newInputStream(file));
            if (!root.isArray()) {
                throw new IllegalStateException(file + " must hold a JSON array of cases");
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.hspnavigator.formats.validation.InvalidInputException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode require(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalStateException(file + ": a case lacks \"" + field + "\": " + node);
        }
        return value;
    }
}
