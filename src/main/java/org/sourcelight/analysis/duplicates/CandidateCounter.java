package org.sourcelight.analysis.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores, per article, the fingerprints it shares with a looked-up article, and ranks the articles. A fingerprint
 * found in many articles (a footer line, a stock phrase) says little: each counts {@code 1 / articles holding it},
 * so an article sharing a rare passage ranks above the dozens sharing only the outlet's footer.
 */
public final class CandidateCounter {
    /** Places kept for the articles sharing the most fingerprints, rare or not. */
    public static final int BY_COUNT = 2;

    private final long exclude;
    private final Map<Long, double[]> scores = new HashMap<>();

    public CandidateCounter(long exclude) {
        this.exclude = exclude;
    }

    /** The posting list of one looked-up fingerprint: the articles holding it (as many as were read). */
    public void add(List<Long> postings) {
        double weight = 1.0 / postings.size();
        for (long article : postings) {
            if (article == exclude) continue;
            double[] s = scores.computeIfAbsent(article, k -> new double[2]);
            s[0] += weight;
            s[1]++;
        }
    }

    /**
     * The best {@code limit} articles: highest score first (then lower id), except that the last
     * {@link #BY_COUNT} places go to the articles sharing the most fingerprints whatever their rarity — typically
     * articles of the same outlet sharing its template, so boilerplate is still recognised.
     */
    public List<FingerprintIndex.Candidate> top(int limit) {
        List<FingerprintIndex.Candidate> all = new ArrayList<>(scores.size());
        for (Map.Entry<Long, double[]> e : scores.entrySet()) {
            all.add(new FingerprintIndex.Candidate(e.getKey(), (int) e.getValue()[1], e.getValue()[0]));
        }
        all.sort(BY_SCORE);
        if (all.size() <= limit) return List.copyOf(all);
        int byScore = Math.max(0, limit - BY_COUNT);
        List<FingerprintIndex.Candidate> out = new ArrayList<>(all.subList(0, byScore));
        List<FingerprintIndex.Candidate> rest = new ArrayList<>(all.subList(byScore, all.size()));
        rest.sort(Comparator.comparingInt(FingerprintIndex.Candidate::shared).reversed().thenComparing(BY_SCORE));
        out.addAll(rest.subList(0, limit - byScore));
        return List.copyOf(out);
    }

    private static final Comparator<FingerprintIndex.Candidate> BY_SCORE = (a, b) ->
            a.score() != b.score() ? Double.compare(b.score(), a.score()) : Long.compare(a.article(), b.article());
}
