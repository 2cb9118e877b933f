package org.sourcelight.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells HTML from plain text by how the text starts, as a browser would for a file without a type. */
final class HtmlSniffer {
    private static final Pattern FRAGMENT_START = Pattern.compile(
            "^<(?:!--|head|body|article|main|section|div|p|h[1-6]|span|meta|title|table|ul|ol|blockquote|figure|header)[\\s>/]");

    private HtmlSniffer() {}

    /** True when the text starts like an HTML document or a fragment of one ({@code <p>}, {@code <div>} …). */
    static boolean looksLikeHtml(String text) {
        return looksLikeHtml(text, true);
    }

    /**
     * @param fragments whether a start such as {@code <p>} counts; without it only a whole document
     *                  ({@code <!DOCTYPE html>}, {@code <html>}) does
     */
    static boolean looksLikeHtml(String text, boolean fragments) {
        int i = 0;
        int n = text.length();
        while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) i++;
        if (i >= n || text.charAt(i) != '<') return false;
        String head = text.substring(i, Math.min(n, i + 1024)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")) return true;
        return fragments && FRAGMENT_START.matcher(head).find();
    }
}
