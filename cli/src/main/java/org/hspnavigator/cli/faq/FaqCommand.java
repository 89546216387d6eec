package org.hspnavigator.cli.faq;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.cli.language.LanguageOption;
import org.hspnavigator.engine.faq.Myth;
import org.hspnavigator.engine.faq.MythCatalog;
import org.hspnavigator.formats.faq.MythJson;
import org.hspnavigator.formats.faq.MythTexts;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hsp faq}: what people often believe about the HSP visa, and what the official rules say. */
@Command(name = "faq",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Common myths about the HSP visa, with the verdict and the official rule.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Lists the claims often read about the Highly Skilled Professional visa, each with its verdict "
                    + "(true, true with conditions, partly, false), the official rule and its official sources "
                    + "(the law, the ISA's pages and sheets). Give an ID (a to v) to show one."
        },
        parameterListHeading = "%nInput:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "2:unknown ID or usage", "1:internal error"},
        footerHeading = "%nExamples:%n",
        footer = {"  ./hsp faq", "  ./hsp faq d", "  ./hsp faq --json"})
public final class FaqCommand implements Callable<Integer> {

    private static final int WIDTH = 100;
    private static final String INDENT = "   ";

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the myths as JSON (an array, or one object with ID).")
    private boolean json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "Show only this myth (a to v).")
    private String id;

    @Mixin
    private LanguageOption language;

    /** The myths need neither the clock nor standard input; the constructor keeps the commands uniform. */
    public FaqCommand(Clock clock, InputStream stdin) {
    }

    @Override
    public Integer call() {
        MythCatalog catalog = MythCatalog.official();
        PrintWriter out = spec.commandLine().getOut();
        MythTexts texts = MythTexts.of(language.language());
        List<Myth> shown;
        if (id == null) {
            shown = catalog.all();
        } else {
            Optional<Myth> myth = catalog.byId(id.strip().toLowerCase(Locale.ROOT));
            if (myth.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("hsp faq: " + CommandTexts.problems(language.language()).text("faq.unknownId", id,
                        catalog.all().stream().map(Myth::id).collect(Collectors.joining(", "))));
                err.flush();
                return ExitCodes.INVALID_INPUT;
            }
            shown = List.of(myth.get());
        }
        if (json) {
            MythJson writer = new MythJson(texts);
            out.println(StrictJson.toText(id == null ? writer.write(shown) : writer.write(shown.get(0))));
        } else {
            for (int i = 0; i < shown.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                print(out, texts, language.language(), shown.get(i));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, MythTexts texts, Language language, Myth myth) {
        out.println(myth.id() + ") " + texts.claim(myth));
        out.println(INDENT + language.labelled(texts.heading("verdict"), texts.verdict(myth).toUpperCase(Locale.ROOT)));
        for (String line : wrap(language.labelled(texts.heading("rule"), texts.rule(myth)), WIDTH - INDENT.length())) {
            out.println(INDENT + line);
        }
        for (String line : texts.command(myth).map(command -> wrap(command, WIDTH - INDENT.length())).orElse(List.of())) {
            out.println(INDENT + line);
        }
        out.println(INDENT + language.labelled(texts.heading("sections"),
                String.join(language.separator(), texts.officialSources(myth))));
    }

    /** Word-wraps a paragraph so the rules stay readable on a terminal; long words are not split. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
