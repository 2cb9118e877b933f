package org.sourcelight.analysis.sources;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcelight.model.QuoteSpan;

/**
 * The quotations of a block (or of the whole body), indexed once so that every lookup the attribution rules make
 * costs a hash probe or a binary search, never a scan of all quotes: a block of a hundred thousand quotes is read
 * in linear time (issue 15, decision 0022).
 */
final class QuoteIndex {
    private final List<QuoteSpan> source;
    private final List<QuoteSpan> quotes;
    private final Map<Integer, QuoteSpan> closedByEnd;
    private final Map<Integer, QuoteSpan> byStart;
    /** {@code maxEnd[i]}: the largest end among quotes {@code 0..i} (quotes sorted by start). */
    private final int[] maxEnd;
    private final int[] starts;

    /** @param quotes the quotations, normally sorted by start (an unsorted list is sorted here) */
    QuoteIndex(List<QuoteSpan> quotes) {
        this.source = quotes;
        if (quotes.isEmpty()) { // most paragraphs hold no quotation: nothing to build
            this.quotes = List.of();
            maxEnd = starts = new int[0];
            closedByEnd = byStart = Map.of();
            return;
        }
        closedByEnd = new HashMap<>();
        byStart = new HashMap<>();
        boolean sorted = true;
        for (int i = 1; i < quotes.size() && sorted; i++) sorted = quotes.get(i - 1).start() <= quotes.get(i).start();
        if (sorted) { // the usual case (the document's quotes are in text order): one copy, no sort
            this.quotes = List.copyOf(quotes);
        } else {
            List<QuoteSpan> copy = new java.util.ArrayList<>(quotes);
            copy.sort(java.util.Comparator.comparingInt(QuoteSpan::start)); // stable: equal starts keep their order
            this.quotes = List.copyOf(copy);
        }
        int n = this.quotes.size();
        maxEnd = new int[n];
        starts = new int[n];
        int max = -1;
        for (int i = 0; i < n; i++) {
            QuoteSpan q = this.quotes.get(i);
            starts[i] = q.start();
            max = Math.max(max, q.end());
            maxEnd[i] = max;
            if (q.closed()) closedByEnd.putIfAbsent(q.end(), q); // the first in start order, as a scan would find
            byStart.putIfAbsent(q.start(), q);
        }
    }

    List<QuoteSpan> all() { return quotes; }

    /** The closed quotation ending exactly at {@code end}, or null. */
    QuoteSpan closingAt(int end) { return closedByEnd.get(end); }

    /** The quotation opening exactly at {@code start}, or null. */
    QuoteSpan startingAt(int start) { return byStart.get(start); }

    /** The first quotation in start order that starts before {@code offset} and ends after it (the outermost). */
    QuoteSpan strictlyAround(int offset) {
        // the first index whose running maximum end passes offset is the first quote that ends after it
        int lo = 0, hi = quotes.size() - 1, first = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] > offset) { first = mid; hi = mid - 1; } else lo = mid + 1;
        }
        if (first < 0 || starts[first] >= offset) return null;
        return quotes.get(first);
    }

    /** True when {@code q} lies inside another quotation of this index that starts before it. */
    boolean nested(QuoteSpan q) {
        // among the quotes that start before q (a prefix in start order), one ends at or after q's end
        int lo = 0, hi = quotes.size() - 1, last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < q.start()) { last = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return last >= 0 && maxEnd[last] >= q.end();
    }

    /** True when this index was built from {@code list} (the same object, not changed since). */
    boolean indexes(List<QuoteSpan> list) { return list == source && list.size() == quotes.size(); }

    /** How many characters of {@code [start, end)} lie inside quotations (marks included), each counted once. */
    int quotedChars(int start, int end) {
        int lo = 0, hi = quotes.size() - 1, first = quotes.size();
        while (lo <= hi) { // the first quote that ends after start: no earlier one reaches into the range
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] > start) { first = mid; hi = mid - 1; } else lo = mid + 1;
        }
        int quoted = 0, covered = start;
        for (int i = first; i < quotes.size() && starts[i] < end; i++) {
            QuoteSpan q = quotes.get(i);
            int s = Math.max(Math.max(q.start(), covered), start), e = Math.min(q.end(), end);
            if (e > s) {
                quoted += e - s;
                covered = e;
            }
        }
        return quoted;
    }
}
