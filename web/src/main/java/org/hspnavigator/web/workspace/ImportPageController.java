package org.hspnavigator.web.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.web.applicant.ApplicantImport;
import org.hspnavigator.web.applicant.Applicants;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.RequestLimits;
import org.hspnavigator.web.system.WorkspacePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The CSV import page: a batch CSV file (uploaded, or pasted) imported all or nothing by
 * {@link Applicants#importCsv}, as the API imports it. A refused file is shown line by line with each
 * error next to the line it is about, in the words of {@code hsp batch}'s error column written in the
 * page's language (one problem a line: {@link RowErrorTexts}), and every error is summarised at the top with a
 * link to its line.
 */
@Controller
class ImportPageController {

    /** The lines of a refused file shown; the errors of later lines are still listed at the top. */
    static final int MAX_LINES_SHOWN = 2000;

    private final Applicants applicants;
    private final RequestLimits limits;

    ImportPageController(Applicants applicants, RequestLimits limits) {
        this.applicants = applicants;
        this.limits = limits;
    }

    /** A line of a refused file, and its errors. */
    record Line(long number, String text, List<String> errors) {
    }

    /**
     * An error of a refused file as the summary at the top lists it: its text, and the line it is about
     * when the page shows that line (0 otherwise), for a link to it.
     */
    record Summarised(long line, String text) {
    }

    @GetMapping(WorkspacePages.IMPORT)
    String form(@PathVariable("lang") String lang, Caller caller, Model model) {
        WorkspaceFrame.prepare(model, lang, "/workspace/import", "import", caller);
        if (!model.containsAttribute("lines")) {
            model.addAttribute("lines", List.of());
            model.addAttribute("summary", List.of());
            model.addAttribute("imported", null);
            model.addAttribute("text", "");
        }
        return "workspace/import";
    }

    @PostMapping(WorkspacePages.IMPORT)
    String importCsv(@PathVariable("lang") String lang, Caller caller, Model model, HttpServletResponse response,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "text", defaultValue = "") String text) throws IOException {
        byte[] csv = file != null && !file.isEmpty() ? file.getBytes() : text.getBytes(StandardCharsets.UTF_8);
        try {
            List<Applicants.Imported> imported = applicants.importCsv(caller, csv, limits.maxCsvRows(),
                    Language.byTag(lang).orElse(Language.EN));
            model.addAttribute("imported", imported);
            model.addAttribute("lines", List.of());
            model.addAttribute("summary", List.of());
            model.addAttribute("text", "");
        } catch (ApplicantImport.RefusedException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Language language = Language.byTag(lang).orElse(Language.EN);
            Map<Long, List<String>> byLine = new TreeMap<>();
            List<Summarised> summary = new ArrayList<>();
            for (ApplicantImport.LineError error : e.lineErrors()) {
                summary.add(new Summarised(error.line() <= MAX_LINES_SHOWN ? error.line() : 0, error.text(language)));
                if (error.line() > 0) {
                    byLine.computeIfAbsent(error.line(), n -> new ArrayList<>())
                            .addAll(RowErrorTexts.of(error.problem(), language));
                }
            }
            List<Line> lines = new ArrayList<>();
            String[] texts = new String(csv, StandardCharsets.UTF_8).split("\r?\n", -1);
            for (int i = 0; i < texts.length && i < MAX_LINES_SHOWN; i++) {
                if (!texts[i].isEmpty() || byLine.containsKey(i + 1L)) {
                    lines.add(new Line(i + 1L, texts[i], byLine.getOrDefault(i + 1L, List.of())));
                }
            }
            model.addAttribute("lines", lines);
            model.addAttribute("summary", summary);
            model.addAttribute("errors", e.errors().stream().map(problem -> problem.text(language)).toList());
            model.addAttribute("imported", null);
            model.addAttribute("text", file != null && !file.isEmpty() ? "" : text);
        }
        return form(lang, caller, model);
    }
}
