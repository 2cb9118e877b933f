package org.sourcelight.analysis.sources;

import java.util.List;
import org.sourcelight.model.QuoteSpan;

/**
 * The quotations of a block (or of the whole body), indexed once in sorted arrays so that every lookup the
 * attribution rules make costs a binary search, never a scan of all quotes: a block of a hundred thousand quotes is read
 * in linear time (issue 15, decision 0022).
 */
final class QuoteIndex {
    private final List<QuoteSpan> source;
    private final List<QuoteSpan> quotes;
    /** {@code maxEnd[i]}: the largest end among quotes {@code 0..i} (quotes sorted by start). */
    private final int[] maxEnd;
    private final int[] starts;
    /** The closed quotes as {@code end << 32 | index}, ascending: by end, then in start order. */
    private final long[] closedByEnd;

    /** @param quotes the quotations, normally sorted by start (an unsorted list is sorted here) */
    QuoteIndex(List<QuoteSpan> quotes) {
        this.source = quotes;
        int n = quotes.size();
        if (n == 0) { // most paragraphs hold no quotation: nothing to build
            this.quotes = List.of();
            maxEnd = starts = new int[0];
            closedByEnd = new long[0];
            return;
        }
        QuoteSpan[] qs = quotes.toArray(new QuoteSpan[0]);
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) sorted = qs[i - 1].start() <= qs[i].start();
        // the usual case is sorted (the document's quotes are in text order); the sort is stable: equal starts keep
        // their order
        if (!sorted) java.util.Arrays.sort(qs, java.util.Comparator.comparingInt(QuoteSpan::start));
        this.quotes = List.of(qs);
        maxEnd = new int[n];
        starts = new int[n];
        long[] closed = new long[n];
        int closedCount = 0;
        boolean endsAscending = true;
        int max = -1;
        for (int i = 0; i < n; i++) {
            QuoteSpan q = qs[i];
            starts[i] = q.start();
            max = Math.max(max, q.end());
            maxEnd[i] = max;
            if (q.closed()) {
                long key = (long) q.end() << 32 | i;
                endsAscending &= closedCount == 0 || closed[closedCount - 1] < key;
                closed[closedCount++] = key;
            }
        }
        closedByEnd = closedCount == n ? closed : java.util.Arrays.copyOf(closed, closedCount);
        if (!endsAscending) java.util.Arrays.sort(closedByEnd);
    }

    List<QuoteSpan> all() { return quotes; }

    /** The closed quotation ending exactly at {@code end} (the first in start order), or null. */
    QuoteSpan closingAt(int end) {
        long key = (long) end << 32;
        int lo = 0, hi = closedByEnd.length; // the first key at or above (end, 0)
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (closedByEnd[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo < closedByEnd.length && (int) (closedByEnd[lo] >>> 32) == end ? quotes.get((int) closedByEnd[lo]) : null;
    }

    /** The quotation opening exactly at {@code start} (the first in start order), or null. */
    QuoteSpan startingAt(int start) {
        int lo = 0, hi = starts.length; // the first quote starting at or after start
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < start) lo = mid + 1; else hi = mid;
        }
        return lo < starts.length && starts[lo] == start ? quotes.get(lo) : null;
    }

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
