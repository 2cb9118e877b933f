package org.sourcelight.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's own date in the first lines of its text, for articles whose source gave none (plain text files,
 * pages without date metadata): a dateline or byline date such as "5 January 2024", "Jan. 5, 2024",
 * "Monday, 5 January 2024", "2024-01-05". Only whole dates with a four-digit year count (no "5/1/24": two-digit years
 * and day/month order cannot be told apart), only in the first {@link #HEAD} characters, and only years from 1900 to
 * next year. A date counts only where datelines and bylines put it: in a short line (at most {@link #SHORT_LINE}
 * characters: "By Ann Smith, 5 January 2024") or near the start of a line ("LONDON, 5 January 2024 - …"); a date
 * deep inside a long line is something the article or a photo caption talks about ("…in Raqqah on October 20,
 * 2017. (Photo by AFP)"). The patterns are bounded (no nested repetition) and run over a bounded prefix: linear time.
 */
final class ArticleDates {
    /** How far into the text a date is looked for: a dateline or byline is in the first lines. */
    static final int HEAD = 1_500;
    /** A line this short is a byline or dateline line: a date anywhere in it counts. */
    static final int SHORT_LINE = 120;
    /** In a longer line a date counts when it starts this close to the line's start (after a place name). */
    static final int NEAR_START = 40;

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?"
            + MONTH + ",?\\s{1,3}((?:19|20)\\d\\d)(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH + "\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}"
            + "((?:19|20)\\d\\d)(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?![\\d])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private ArticleDates() {}

    /** The earliest-placed whole date in the first lines of {@code text} as ISO 8601 ("2024-01-05"), or null. */
    static String inFirstLines(String text, LocalDate today) {
        if (text == null || text.isEmpty()) return null;
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        // every pattern ends in a year "19dd"/"20dd" and spans at most MAX_SPAN characters up to it: no match starts
        // before the first such year minus that, so the search starts there (with the look-behinds still seeing
        // what is before it): the same matches, without trying each of the first lines' positions
        int year = firstYear(head);
        if (year < 0) return null;
        int from = Math.max(0, year - MAX_SPAN);
        int bestAt = Integer.MAX_VALUE;
        LocalDate best = null;
        Matcher m = DAY_MONTH_YEAR.matcher(head).region(from, head.length()).useTransparentBounds(true);
        while (m.find()) {
            LocalDate d = placed(head, m.start()) ? date(m.group(3), month(m.group(2)), m.group(1), today) : null;
            if (d != null) {
                best = d;
                bestAt = m.start();
                break;
            }
        }
        m = MONTH_DAY_YEAR.matcher(head).region(from, head.length()).useTransparentBounds(true);
        while (m.find() && m.start() < bestAt) {
            LocalDate d = placed(head, m.start()) ? date(m.group(3), month(m.group(1)), m.group(2), today) : null;
            if (d != null) {
                best = d;
                bestAt = m.start();
                break;
            }
        }
        m = ISO.matcher(head).region(from, head.length()).useTransparentBounds(true);
        while (m.find() && m.start() < bestAt) {
            LocalDate d = placed(head, m.start()) ? date(m.group(1), Integer.parseInt(m.group(2)), m.group(3), today) : null;
            if (d != null) {
                best = d;
                break;
            }
        }
        return best == null ? null : best.toString();
    }

    /**
     * The longest text before and including a date's year: "30th   of   September.,   " is 26 characters before
     * it ({@link #DAY_MONTH_YEAR}: 2 digits, 2 suffix letters, 3 spaces, "of" and 3 spaces, 9 letters and a dot, a
     * comma, 3 spaces); a margin is added.
     */
    private static final int MAX_SPAN = 40;

    /** Where the first "19dd" or "20dd" starts, or -1 (all three patterns need one). */
    static int firstYear(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char a = s.charAt(i), b = s.charAt(i + 1);
            if (((a == '1' && b == '9') || (a == '2' && b == '0')) && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))) return i;
        }
        return -1;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** True when a date at {@code at} is where a dateline or byline puts one (see the class comment). */
    private static boolean placed(String head, int at) {
        int start = head.lastIndexOf('\n', at - 1) + 1;
        if (at - start <= NEAR_START) return true;
        int end = head.indexOf('\n', at);
        if (end < 0) end = head.length();
        return end - start <= SHORT_LINE;
    }

    private static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        return MONTHS.getOrDefault(k.substring(0, Math.min(3, k.length())), 0);
    }

    private static LocalDate date(String year, int month, String day, LocalDate today) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > today.getYear() + 1 || month < 1) return null;
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
