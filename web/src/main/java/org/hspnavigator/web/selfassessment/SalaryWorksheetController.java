package org.hspnavigator.web.selfassessment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.salary.PayComponent;
import org.hspnavigator.engine.salary.SalaryWorksheet;
import org.hspnavigator.formats.profile.ProfileField;
import org.hspnavigator.web.system.PageLanguage;
import org.hspnavigator.web.system.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The salary worksheet: the pay components of an offer, which of them count as annual salary (年収) by
 * the engine's rule ({@link PayComponent}), and the total that goes into the form. It keeps nothing:
 * the form's answers come in the query and go back with the total, and it works without JavaScript.
 */
@Controller
public class SalaryWorksheetController {

    /** The prefix of a component's amount parameter: {@code pay.basePay}. */
    static final String PAY = "pay.";
    /** The parameter of the box "transferred from the foreign parent or affiliate". */
    static final String TRANSFERRED = "transferred";

    @GetMapping(Pages.SALARY_WORKSHEET)
    String worksheet(@PathVariable("lang") String lang, @RequestParam MultiValueMap<String, String> parameters,
            Model model) {
        PageLanguage language = PageLanguage.ofTag(lang).orElseThrow();
        Answers answers = Answers.of(parameters);
        Map<PayComponent, Long> amounts = new EnumMap<>(PayComponent.class);
        Map<String, String> given = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        boolean anyGiven = false;
        for (PayComponent component : PayComponent.values()) {
            String sent = parameters.getFirst(PAY + component.id());
            String text = sent == null ? "" : sent.strip();
            if (text.isEmpty()) {
                given.put(component.id(), "");
                continue;
            }
            anyGiven = true;
            given.put(component.id(), text);
            Long amount = yen(text);
            if (amount == null) {
                problems.add(component.id());
            } else {
                amounts.put(component, amount);
            }
        }
        boolean transferred = "true".equals(parameters.getFirst(TRANSFERRED));
        SalaryWorksheet sheet = SalaryWorksheet.of(amounts, transferred);
        model.addAttribute("language", language);
        model.addAttribute("switcher", LanguageLink.all("/self-assessment/salary", query(answers, given, transferred)));
        model.addAttribute("components", List.of(PayComponent.values()));
        model.addAttribute("given", given);
        model.addAttribute("problems", problems);
        model.addAttribute("transferred", transferred);
        model.addAttribute("sheet", sheet);
        model.addAttribute("computed", anyGiven && problems.isEmpty());
        model.addAttribute("answers", answers.given());
        model.addAttribute("work", answers.work().map(Category::name).orElse(""));
        model.addAttribute("salaryQuestion", ProfileField.ANNUAL_SALARY_YEN.csvColumn());
        model.addAttribute("worksheetAction", "/" + lang + "/self-assessment/salary");
        model.addAttribute("formAction", "/" + lang + "/self-assessment");
        String query = answers.query();
        model.addAttribute("backLink", "/" + lang + "/self-assessment" + (query.isEmpty() ? "" : "?" + query));
        return "pages/worksheet";
    }

    /** Whole yen in digits, grouped by commas or spaces as people write them; null otherwise. */
    private static Long yen(String text) {
        String digits = text.replace(",", "").replace(" ", "").replace("\u3000", "");
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long amount = Long.parseLong(digits);
        return amount > SalaryWorksheet.MAX_AMOUNT_YEN ? null : amount;
    }

    private static String query(Answers answers, Map<String, String> given, boolean transferred) {
        StringBuilder query = new StringBuilder(answers.query());
        given.forEach((id, text) -> {
            if (!text.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&").append(PAY).append(id).append('=')
                        .append(URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
        });
        if (transferred) {
            query.append(query.isEmpty() ? "" : "&").append(TRANSFERRED).append("=true");
        }
        return query.toString();
    }
}
