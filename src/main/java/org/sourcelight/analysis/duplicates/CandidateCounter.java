package org.sourcelight.analysis.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts, per article, the fingerprints it shares with a looked-up article, and ranks the articles. */
public final class CandidateCounter {
    private final long exclude;
    private final Map<Long, int[]> counts = new HashMap<>();

    public CandidateCounter(long exclude) {
        this.exclude = exclude;
    }

    /** One posting: {@code article} holds one of the looked-up fingerprints. */
    public void add(long article) {
        if (article == exclude) return;
        counts.computeIfAbsent(article, k -> new int[1])[0]++;
    }

    /** The best {@code limit} articles: most shared fingerprints first, then lower id. */
    public List<FingerprintIndex.Candidate> top(int limit) {
        List<FingerprintIndex.Candidate> all = new ArrayList<>(counts.size());
        for (Map.Entry<Long, int[]> e : counts.entrySet()) all.add(new FingerprintIndex.Candidate(e.getKey(), e.getValue()[0]));
        all.sort((a, b) -> a.shared() != b.shared() ? Integer.compare(b.shared(), a.shared()) : Long.compare(a.article(), b.article()));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }
}
