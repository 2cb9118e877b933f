package org.sourcelight.analysis.assertions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Sentence;
import org.sourcelight.model.Severity;
import org.sourcelight.model.Trigger;

/** Collects the triggers of one sentence, then grades and explains it. One per sentence, used once. */
final class Finding {
    private static final int WORDS_IN_EXPLANATION = 3;

    private final String text;
    private final Sentence sentence;
    private final SentenceWords tokens;
    private final Map<Reason, List<Trigger>> triggers = new EnumMap<>(Reason.class);
    /** The sentence reports someone's words (a cue other than a loaded verb, a Sources mention, or carried over). */
    boolean attributed;
    boolean markedScare;

    Finding(String text, Sentence sentence, SentenceWords tokens) {
        this.text = text;
        this.sentence = sentence;
        this.tokens = tokens;
    }

    void add(Reason r, List<TermMatcher.Match> matches) {
        for (TermMatcher.Match m : matches) {
            put(r, new Trigger(tokens.start(m.first()), tokens.end(m.end() - 1), r.code(), m.term().text()));
        }
    }

    /** A trigger that is not a word-list match: an unnamed source found by the Sources panel. */
    void addSpan(Reason r, int start, int end, String words) {
        put(r, new Trigger(start, end, r.code(), words));
    }

    void addQuote(QuoteSpan q, String words) {
        put(Reason.SCARE_QUOTES, new Trigger(q.start(), q.end(), Reason.SCARE_QUOTES.code(), words));
    }

    private void put(Reason r, Trigger t) {
        triggers.computeIfAbsent(r, k -> new ArrayList<>()).add(t);
    }

    /** The finding, or null when nothing triggered. */
    Assertion build() {
        if (triggers.isEmpty()) return null;
        List<Reason> reasons = new ArrayList<>(triggers.keySet());
        reasons.sort(Comparator.comparing(this::severity).reversed().thenComparing(Comparator.naturalOrder()));
        Severity severity = severity(reasons.get(0));
        List<String> codes = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        List<Trigger> all = new ArrayList<>();
        for (Reason r : reasons) {
            codes.add(r.code());
            clauses.add(clause(r) + " (" + words(triggers.get(r)) + ")");
            all.addAll(triggers.get(r));
        }
        all.sort(Comparator.comparingInt(Trigger::start).thenComparingInt(Trigger::end));
        String explanation = "This sentence " + join(clauses) + ".";
        return new Assertion(sentence.start(), sentence.end(), codes, explanation, question(reasons.get(0)), severity, all);
    }

    private boolean loadedInReport(Reason r) {
        return r == Reason.LOADED_LANGUAGE && attributed;
    }

    private String clause(Reason r) {
        return loadedInReport(r) ? Reason.LOADED_IN_REPORT_CLAUSE : r.clause();
    }

    private String question(Reason r) {
        return loadedInReport(r) ? Reason.LOADED_IN_REPORT_QUESTION : r.question();
    }

    Severity severity(Reason r) {
        return switch (r) {
            case AGENTLESS_ACCUSATION, NO_ATTRIBUTION -> Severity.HIGH;
            case VAGUE_ATTRIBUTION -> Severity.MEDIUM;
            case LOADED_LANGUAGE -> attributed ? Severity.LOW : Severity.MEDIUM;
            case SCARE_QUOTES -> markedScare ? Severity.MEDIUM : Severity.LOW;
            case INTENSIFIER, HEDGE -> count(Reason.INTENSIFIER) + count(Reason.HEDGE) >= 2 ? Severity.MEDIUM : Severity.LOW;
        };
    }

    private int count(Reason r) {
        List<Trigger> l = triggers.get(r);
        return l == null ? 0 : l.size();
    }

    private String words(List<Trigger> ts) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Trigger t : ts) distinct.add("\"" + text.substring(t.start(), t.end()).replace("\"", "") + "\"");
        List<String> l = new ArrayList<>(distinct);
        if (l.size() > WORDS_IN_EXPLANATION) {
            l = new ArrayList<>(l.subList(0, WORDS_IN_EXPLANATION));
            l.add("…");
        }
        return String.join(", ", l);
    }

    private static String join(List<String> clauses) {
        if (clauses.size() == 1) return clauses.get(0);
        return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
    }
}
