package org.sourcelight.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;

/**
 * An article with the reader's highlights and notes, for printing or sharing: a standalone HTML page or Markdown.
 * Highlights are numbered in text order and each number leads to its note, so the page reads the same in black and
 * white; in HTML each colour also has its own underline pattern. Orphaned annotations (whose passage is no longer in
 * the text) are listed at the end with their quote.
 */
public final class ArticleNotesExport {
    private ArticleNotesExport() {}

    /** A stretch of a paragraph: covered by {@code cover} (innermost highlight, or null), then note numbers. */
    record Piece(String text, Annotation cover, List<Integer> markers) {}

    /** Placed annotations numbered 1.. in text order, then orphans. */
    static List<Annotation> numbered(String text, List<Annotation> annotations) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : annotations) if (placed(a, text)) out.add(a);
        out.sort(Annotation.TEXT_ORDER);
        for (Annotation a : annotations) if (!placed(a, text)) out.add(a);
        return out;
    }

    private static boolean placed(Annotation a, String text) {
        return !a.orphan() && a.end() <= text.length() && a.start() < a.end();
    }

    /** The text's paragraphs (separated by blank lines) cut into pieces at every highlight boundary. */
    static List<List<Piece>> paragraphs(String text, List<Annotation> numbered) {
        List<List<Piece>> out = new ArrayList<>();
        int ps = 0;
        while (ps <= text.length()) {
            int pe = text.indexOf("\n\n", ps);
            if (pe < 0) pe = text.length();
            TreeSet<Integer> cuts = new TreeSet<>(List.of(ps, pe));
            for (Annotation a : numbered) {
                if (!placed(a, text)) continue;
                if (a.start() > ps && a.start() < pe) cuts.add(a.start());
                if (a.end() > ps && a.end() < pe) cuts.add(a.end());
            }
            List<Piece> pieces = new ArrayList<>();
            Integer from = null;
            for (int to : cuts) {
                if (from != null && to > from) {
                    Annotation cover = null;
                    List<Integer> markers = new ArrayList<>();
                    for (int i = 0; i < numbered.size(); i++) {
                        Annotation a = numbered.get(i);
                        if (!placed(a, text)) continue;
                        if (a.start() <= from && a.end() >= to && (cover == null || a.start() > cover.start()
                                || (a.start() == cover.start() && a.end() < cover.end()))) cover = a;
                        if (a.end() == to || (to == pe && a.end() > pe && a.end() <= pe + 2)) markers.add(i + 1);
                    }
                    pieces.add(new Piece(text.substring(from, to), cover, markers));
                }
                from = to;
            }
            if (pe > ps) out.add(pieces);
            ps = pe + 2;
        }
        return out;
    }

    // ---- HTML

    public static String html(String title, String source, String text, List<Annotation> annotations) {
        List<Annotation> numbered = numbered(text, annotations);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Notes: ")
                .append(esc(title)).append("</title>\n<style>\n")
                .append("body { font: 12pt/1.55 Georgia, 'Times New Roman', serif; color: #000; background: #fff;"
                        + " max-width: 42em; margin: 2em auto; padding: 0 1em; }\n")
                .append("mark { color: #000; padding: 0 .05em; }\n")
                .append("sup.ref { font: bold .7em sans-serif; }\n")
                .append(".notes li { margin: .6em 0; } .notes q { font-style: italic; }\n")
                .append(".swatch { font: .8em sans-serif; padding: 0 .3em; }\n")
                .append(".tags { font: .85em sans-serif; }\n");
        for (AnnotationColour c : AnnotationColour.values()) {
            h.append("mark.").append(c.id()).append(", .swatch.").append(c.id()).append(" { background-color: ")
                    .append(c.hex()).append("80; ").append(pattern(c)).append(" }\n");
        }
        h.append("@media print { mark, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
        if (source != null && !source.isBlank()) h.append("<p class=\"source\">Source: ").append(esc(source)).append("</p>\n");
        h.append("<p class=\"how\">Highlighted passages carry a number; the numbered notes follow the article.</p>\n<article>\n");
        for (List<Piece> para : paragraphs(text, numbered)) {
            h.append("<p>");
            for (Piece p : para) {
                if (p.cover() != null) {
                    h.append("<mark class=\"").append(p.cover().colour().id()).append("\">").append(esc(p.text())).append("</mark>");
                } else {
                    h.append(esc(p.text()));
                }
                for (int n : p.markers()) h.append("<sup class=\"ref\"><a href=\"#note-").append(n).append("\">[").append(n).append("]</a></sup>");
            }
            h.append("</p>\n");
        }
        h.append("</article>\n");
        int placedCount = (int) numbered.stream().filter(a -> placed(a, text)).count();
        if (placedCount > 0) {
            h.append("<h2>Notes</h2>\n<ol class=\"notes\">\n");
            for (int i = 0; i < placedCount; i++) noteHtml(h, numbered.get(i), i + 1);
            h.append("</ol>\n");
        }
        if (placedCount < numbered.size()) {
            h.append("<h2>Notes whose passage is no longer in the text</h2>\n<ol class=\"notes\" start=\"")
                    .append(placedCount + 1).append("\">\n");
            for (int i = placedCount; i < numbered.size(); i++) noteHtml(h, numbered.get(i), i + 1);
            h.append("</ol>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static String pattern(AnnotationColour c) {
        return switch (c) {
            case YELLOW -> "text-decoration: underline solid #000 2px;";
            case SKY_BLUE -> "text-decoration: underline dashed #000 2px;";
            case BLUISH_GREEN -> "text-decoration: underline dotted #000 2px;";
            case ORANGE -> "text-decoration: underline wavy #000 1px;";
            case REDDISH_PURPLE -> "border: 1px solid #000;";
        };
    }

    private static void noteHtml(StringBuilder h, Annotation a, int n) {
        h.append("<li id=\"note-").append(n).append("\"><span class=\"swatch ").append(a.colour().id()).append("\">")
                .append(esc(a.colour().label())).append(", ").append(esc(a.colour().pattern())).append("</span> <q>")
                .append(esc(a.exact())).append("</q>");
        if (a.hasNote()) h.append("<br>").append(esc(a.note()).replace("\n", "<br>"));
        if (!a.tags().isEmpty()) h.append("<br><span class=\"tags\">Tags: ").append(esc(String.join(", ", a.tags()))).append("</span>");
        h.append("</li>\n");
    }

    static String esc(String s) {
        return HtmlReport.esc(s);
    }

    // ---- Markdown

    /** Markdown (CommonMark with footnotes, as GitHub, Pandoc and Obsidian read it): highlights in bold. */
    public static String markdown(String title, String source, String text, List<Annotation> annotations) {
        List<Annotation> numbered = numbered(text, annotations);
        StringBuilder m = new StringBuilder("# ").append(md(title)).append("\n\n");
        if (source != null && !source.isBlank()) m.append("Source: ").append(md(source)).append("\n\n");
        m.append("Highlighted passages are in **bold** with a note number; the notes follow the article.\n\n");
        for (List<Piece> para : paragraphs(text, numbered)) {
            StringBuilder line = new StringBuilder();
            StringBuilder run = new StringBuilder();
            for (Piece p : para) {
                if (p.cover() != null) run.append(p.text());
                else {
                    bold(line, run);
                    line.append(md(p.text()));
                }
                if (!p.markers().isEmpty()) {
                    bold(line, run);
                    for (int n : p.markers()) line.append("[^").append(n).append(']');
                }
            }
            bold(line, run);
            String s = line.toString().replace("\n", "  \n");
            m.append(s.replaceFirst("^(\\d+)\\.", "$1\\\\.")).append("\n\n");
        }
        if (!numbered.isEmpty()) m.append("## Notes\n\n");
        for (int i = 0; i < numbered.size(); i++) {
            Annotation a = numbered.get(i);
            m.append("[^").append(i + 1).append("]: ");
            if (!placed(a, text)) m.append("(passage no longer in the text) ");
            m.append('*').append(a.colour().label()).append("*: \"").append(md(a.exact())).append('"');
            if (a.hasNote()) m.append(" — ").append(md(a.note()).replace("\n", "\n    "));
            if (!a.tags().isEmpty()) m.append(" Tags: ").append(md(String.join(", ", a.tags()))).append('.');
            m.append('\n');
        }
        return m.toString();
    }

    /** Appends a collected highlighted run in bold, keeping its outer spaces outside the markers. */
    private static void bold(StringBuilder line, StringBuilder run) {
        if (run.length() == 0) return;
        String r = run.toString();
        String core = r.strip();
        if (core.isEmpty()) {
            line.append(r);
        } else {
            int lead = r.indexOf(core.charAt(0));
            line.append(r, 0, lead).append("**").append(md(core)).append("**").append(r.substring(lead + core.length()));
        }
        run.setLength(0);
    }

    static String md(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}
