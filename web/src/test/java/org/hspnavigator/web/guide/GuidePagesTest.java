package org.hspnavigator.web.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.engine.faq.Myth;
import org.hspnavigator.engine.faq.MythCatalog;
import org.hspnavigator.formats.faq.MythTexts;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.Http;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The FAQ page, the rules page and the page-not-found page in every language: every myth with its
 * verdict and sources, the rule book with a heading per section and its citations linked to the
 * official documents, and a 404 page for an address under a language that is no page, while the API's
 * unknown addresses stay problems.
 */
@ApiTest
class GuidePagesTest {

    @LocalServerPort
    int port;
    @Autowired
    MessageSource messages;

    private Http.Answer page(String path) {
        Http http = new Http(port);
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Accept", "text/html"));
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theFaqShowsEveryMythWithItsSources(PageLanguage language) {
        Http.Answer faq = page("/" + language.tag() + "/faq");
        assertThat(faq.status()).isEqualTo(200);
        assertThat(faq.body()).contains("<html lang=\"" + language.tag() + "\"").doesNotContain("??");
        for (Myth myth : MythCatalog.official().all()) {
            assertThat(faq.body()).contains("id=\"myth-" + myth.id() + "\"");
        }
        assertThat(faq.body()).contains("href=\"/" + language.tag() + "/rules#s11\"")
                .contains("href=\"https://www.moj.go.jp/isa/applications/resources/newimmiact_3_evaluate_index.html\"");
    }

    /**
     * The sources a reader is shown are official ones; the rules page is linked as the page it is, never
     * by the name of the file it is made from.
     */
    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theFaqNamesTheRulesPageNotItsFile(PageLanguage language) {
        String body = page("/" + language.tag() + "/faq").body();
        assertThat(body).doesNotContain("rules.md").doesNotContain("system.md").doesNotContain("docs/");
        String label = messages.getMessage("faq.rulesSection", new Object[] {"11"}, Locale.forLanguageTag(language.tag()));
        assertThat(body).contains("href=\"/" + language.tag() + "/rules#s11\">" + html(label) + "</a>");
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theFaqSpeaksThePagesLanguageAsHspFaqDoes(PageLanguage language) {
        String body = page("/" + language.tag() + "/faq").body();
        MythTexts texts = MythTexts.of(Language.byTag(language.tag()).orElseThrow());
        MythTexts english = MythTexts.english();
        for (Myth myth : MythCatalog.official().all()) {
            assertThat(body).as(language.tag() + " " + myth.id()).contains(html(texts.claim(myth)))
                    .contains(html(texts.rule(myth))).contains(html(texts.verdict(myth)));
            if (language != PageLanguage.ENGLISH) {
                assertThat(body).as(language.tag() + " " + myth.id()).doesNotContain(html(english.claim(myth)));
            }
        }
        // Neither the entries nor their sources' names are marked English: they are the page's language.
        assertThat(body).doesNotContainPattern("<article[^>]*lang=\"en\"").contains("<ul class=\"sources\">")
                .doesNotContain("<ul class=\"sources\" lang=");
        for (Myth myth : MythCatalog.official().all()) {
            for (String section : myth.sections()) {
                String name = texts.source(section).split(" https://")[0];
                if (!section.startsWith("docs/rules.md")) {
                    assertThat(body).as(language.tag() + " " + section).contains(">" + html(name) + "</");
                }
            }
        }
        if (language != PageLanguage.ENGLISH) {
            assertThat(body).doesNotContain("ISA point calculation sheet", "Immigration Control Act", "PR guideline");
        }
    }

    /**
     * A reader of the page cannot run a command: the family entry points to the page that applies its rule
     * to the reader's answers (the self-assessment's results), where hsp faq tells what to run.
     */
    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theFaqTellsABrowserReaderOfThePageNotOfACommand(PageLanguage language) {
        String body = page("/" + language.tag() + "/faq").body();
        assertThat(body).doesNotContain("hsp family").doesNotContain("'hsp ").doesNotContain("&#39;hsp ");
        String pointer = messages.getMessage("faq.page.e", null, Locale.forLanguageTag(language.tag()));
        assertThat(body).contains("<a href=\"/" + language.tag() + "/self-assessment\">" + html(pointer) + "</a>");
    }

    /** A text as the pages write it (Thymeleaf escapes these five characters). */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theRulesPageIsTheRuleBookWithItsSourcesLinked(PageLanguage language) {
        Http.Answer rules = page("/" + language.tag() + "/rules");
        assertThat(rules.status()).isEqualTo(200);
        String body = rules.body();
        assertThat(body).contains("<html lang=\"" + language.tag() + "\"").doesNotContain("??");
        for (int section = 1; section <= 18; section++) {
            assertThat(body).as("section " + section).contains("<h2 id=\"s" + section + "\">§" + section + " ");
        }
        assertThat(body).contains("<a href=\"https://www.moj.go.jp/isa/applications/resources/newimmiact_3_qa.html\">[ISA Q&amp;A]</a>");
        assertThat(body).contains("<table>").contains("<code>ACADEMIC_RESEARCH</code>");
        assertThat(body).doesNotContain("**").doesNotContain("<script");
    }

    /**
     * A citation names its document as the page's table of sources does; the English short name in brackets
     * stays only in that table, as its key.
     */
    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theRulesPageCitesEachDocumentByItsNameInThePagesLanguage(PageLanguage language) {
        String body = page("/" + language.tag() + "/rules").body();
        for (String shortName : new String[] {"ordinance", "point sheet", "ISA Q&amp;A", "PR guideline"}) {
            assertThat(body.split(Pattern.quote(">[" + shortName + "]</a>"), -1)).as(language.tag()
                    + " " + shortName).hasSize(2);
        }
        String ordinance = switch (language) {
            case ENGLISH -> "the HSP ordinance</a> art. 1";
            case JAPANESE -> "高度専門職省令</a> 第1条";
            case SIMPLIFIED_CHINESE -> "高度专门职省令</a> 第1条";
            case TRADITIONAL_CHINESE -> "高度專門職省令</a> 第1條";
            case KOREAN -> "고도전문직 법무성령</a> 제1조";
        };
        assertThat(body).contains("<a href=\"https://www.japaneselawtranslation.go.jp/ja/laws/link/3751\">" + ordinance);
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theRulesPageIsInThePagesLanguageWithNoEnglishParagraphLeft(PageLanguage language) {
        String body = page("/" + language.tag() + "/rules").body();
        assertThat(body).contains("<article class=\"rule-book\" lang=\"" + language.tag() + "\">")
                .doesNotContain("id=\"rule-book-in-english\"");
        if (language == PageLanguage.ENGLISH) {
            assertThat(body).contains("<strong>70 points or more</strong>");
            return;
        }
        String article = ruleBook(body);
        for (String paragraph : blocks(ruleBook(page("/en/rules").body()))) {
            assertThat(article).as(language.tag()).doesNotContain(paragraph);
        }
        // Paragraphs, list items and headings only: the tables keep the categories' official English names
        // (a column of §1). A run of six English words is a sentence left untranslated.
        for (String block : blocks(article)) {
            String text = block.replaceAll("<code>[^<]*</code>|<a [^>]*>[^<]*</a>|<[^>]+>", " ");
            assertThat(text).as(language.tag() + ": " + text)
                    .doesNotContainPattern("(\\b[A-Za-z][A-Za-z'’]*[,;:]?\\s+){5}[A-Za-z][A-Za-z'’]*\\b");
        }
    }

    /** The rule book's article of a rules page. */
    private static String ruleBook(String page) {
        int start = page.indexOf("<article class=\"rule-book\"");
        return page.substring(start, page.indexOf("</article>", start));
    }

    /** The paragraphs, list items and headings of a rendered rule book, each as its inner HTML. */
    private static List<String> blocks(String article) {
        List<String> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("<(p|li|h[1-4])[^>]*>(.*?)</\\1>").matcher(article);
        while (block.find()) {
            blocks.add(block.group(2));
        }
        return blocks;
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void anAddressUnderALanguageThatIsNoPageGetsTheNotFoundPage(PageLanguage language) {
        Http.Answer missing = page("/" + language.tag() + "/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.body()).contains("<html lang=\"" + language.tag() + "\"")
                .contains("href=\"/" + language.tag() + "/\"");
    }

    @Test
    void theApisUnknownAddressesStayProblems() {
        Http.Answer api = page("/api/v1/no-such-thing");
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(page("/en/self-assessment").status()).as("a real page is not taken for a missing one").isEqualTo(200);
    }
}
