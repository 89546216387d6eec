package org.hspnavigator.web.guide;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML of the rule book (docs/rules.md), from the small part of Markdown it is written in:
 * headings, paragraphs, lists, tables, bold, code and bare addresses. Every text is escaped first, so
 * the only markup is the one written here. A citation by short name ({@code [ISA Q&A]}) becomes a link
 * to the document its table of official sources gives, named as that table names it in the page's
 * language (入管庁：高度人材ポイント制Q&A): the short names are English words, which a reader of the other
 * languages would have to look up in the table; only the table itself keeps them, as its key. A section
 * heading ({@code ## §4 ...}) gets the id {@code s4}, so that a page can link to it.
 */
final class RuleBookHtml {

    private static final Pattern HEADING = Pattern.compile("^(#{1,4}) (.*)$");
    private static final Pattern SECTION = Pattern.compile("^§(\\d+)\\b.*");
    private static final Pattern BULLET = Pattern.compile("^- (.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\. (.*)$");
    private static final Pattern SOURCE_ROW = Pattern.compile("^\\| \\[([^\\]]+)\\] \\| (.+?) \\| (https://\\S+) \\|$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern ADDRESS = Pattern.compile("(?<![\"=])(https://[^\\s<|)]+[^\\s<|).,;])");
    private static final Pattern CITATION = Pattern.compile("\\[([^\\]]+)\\]");

    /** An official document of the table of sources: its name in the page's language and its address. */
    private record Source(String name, String address) {
    }

    private final Map<String, Source> sources;

    private RuleBookHtml(Map<String, Source> sources) {
        this.sources = sources;
    }

    /** The HTML of a Markdown text. */
    static String render(String markdown) {
        List<String> lines = markdown.lines().toList();
        Map<String, Source> sources = new HashMap<>();
        for (String line : lines) {
            Matcher row = SOURCE_ROW.matcher(line.strip());
            if (row.matches()) {
                sources.put(row.group(1), new Source(row.group(2).strip(), row.group(3)));
            }
        }
        return new RuleBookHtml(sources).blocks(lines);
    }

    private String blocks(List<String> lines) {
        StringBuilder html = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher heading = HEADING.matcher(line);
            if (line.isBlank()) {
                i++;
            } else if (heading.matches()) {
                int level = heading.group(1).length();
                Matcher section = SECTION.matcher(heading.group(2));
                String id = section.matches() ? " id=\"s" + section.group(1) + "\"" : "";
                html.append("<h").append(level).append(id).append('>').append(inline(heading.group(2)))
                        .append("</h").append(level).append(">\n");
                i++;
            } else if (line.startsWith("|")) {
                i = table(lines, i, html);
            } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                i = list(lines, i, html);
            } else {
                StringBuilder paragraph = new StringBuilder(line.strip());
                i++;
                while (i < lines.size() && !lines.get(i).isBlank() && !startsBlock(lines.get(i))) {
                join(paragraph, lines.get(i).strip());
                    i++;
                }
                html.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
            }
        }
        return html.toString();
    }

    private static boolean startsBlock(String line) {
        return HEADING.matcher(line).matches() || line.startsWith("|") || BULLET.matcher(line).matches()
                || NUMBERED.matcher(line).matches();
    }

    /**
     * A text continued by its next line. Japanese and Chinese put no space between words, so a line break
     * between two of their characters joins without one; any other break is a space, as in English.
     */
    private static void join(StringBuilder text, String next) {
        boolean unspaced = !text.isEmpty() && !next.isEmpty() && unspaced(text.codePointBefore(text.length()))
                && unspaced(next.codePointAt(0));
        if (!unspaced) {
            text.append(' ');
        }
        text.append(next);
    }

    private static boolean unspaced(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || block == Character.UnicodeBlock.KATAKANA || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /** A list: its items, each with the indented lines that continue it. */
    private int list(List<String> lines, int start, StringBuilder html) {
        boolean numbered = NUMBERED.matcher(lines.get(start)).matches();
        String tag = numbered ? "ol" : "ul";
        html.append('<').append(tag).append(">\n");
        int i = start;
        while (i < lines.size()) {
            Matcher item = (numbered ? NUMBERED : BULLET).matcher(lines.get(i));
            if (!item.matches()) {
                break;
            }
            StringBuilder text = new StringBuilder(item.group(1));
            i++;
            while (i < lines.size() && lines.get(i).startsWith("  ") && !lines.get(i).isBlank()) {
                join(text, lines.get(i).strip());
                i++;
            }
            html.append("<li>").append(inline(text.toString())).append("</li>\n");
        }
        html.append("</").append(tag).append(">\n");
        return i;
    }

    /** A table: a header row, the separator row, then the body rows. */
    private int table(List<String> lines, int start, StringBuilder html) {
        html.append("<div class=\"scroll\"><table>\n");
        int i = start;
        boolean header = true;
        while (i < lines.size() && lines.get(i).startsWith("|")) {
            String line = lines.get(i).strip();
            i++;
            if (line.matches("^\\|[-| :]+\\|$")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            boolean sourceRow = SOURCE_ROW.matcher(line).matches();
            html.append("<tr>");
            for (String cell : cells) {
                String tag = header ? "th scope=\"col\"" : "td";
                html.append('<').append(tag).append('>').append(inline(cell.strip(), sourceRow)).append("</")
                        .append(header ? "th" : "td").append('>');
            }
            html.append("</tr>\n");
            header = false;
        }
        html.append("</table></div>\n");
        return i;
    }

    /** A line's text, escaped, with its bold, code, addresses and citations. */
    private String inline(String text) {
        return inline(text, false);
    }

    /**
     * A text, escaped, with its bold, code, addresses and citations: each named as its document, or by its
     * short name in brackets where {@code shortNames} (the rows of the table of sources, whose key it is).
     */
    private String inline(String text, boolean shortNames) {
        String html = escape(text);
        html = CODE.matcher(html).replaceAll("<code>$1</code>");
        html = BOLD.matcher(html).replaceAll("<strong>$1</strong>");
        html = ADDRESS.matcher(html).replaceAll("<a href=\"$1\">$1</a>");
        Matcher citation = CITATION.matcher(html);
        StringBuilder linked = new StringBuilder();
        while (citation.find()) {
            Source source = sources.get(unescape(citation.group(1)));
            citation.appendReplacement(linked, Matcher.quoteReplacement(source == null ? citation.group()
                    : "<a href=\"" + escape(source.address()) + "\">"
                            + (shortNames ? "[" + citation.group(1) + "]" : escape(source.name())) + "</a>"));
        }
        citation.appendTail(linked);
        return linked.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
    }
}
