package org.sourcelight.analysis.duplicates;

import java.util.List;

/**
 * Where the library keeps each article's fingerprints ({@link DuplicateFinder#fingerprints}), so that the articles
 * that may share passages with one article are found by looking its fingerprints up, never by reading the whole
 * library. Implementations: {@link InMemoryFingerprintIndex}, and the SQLite one in the store.
 */
public interface FingerprintIndex {
    /** At most this many articles are read per fingerprint: a fingerprint in more articles is a common phrase. */
    int POSTINGS_PER_FINGERPRINT = 64;

    /**
     * An article that shares {@code shared} fingerprints with the one looked up; {@code score} weighs each by its
     * rarity (see {@link CandidateCounter}).
     */
    record Candidate(long article, int shared, double score) {}

    /** Stores an article's fingerprints, replacing any it had. */
    void put(long article, int[] fingerprints);

    /** True when the article's fingerprints of the current {@link DuplicateFinder#FINGERPRINT_VERSION} are stored. */
    boolean has(long article);

    /** Forgets an article. */
    void remove(long article);

    /**
     * The articles sharing the rarest and most fingerprints with {@code fingerprints}, best first (ties: lower id
     * first), at most {@code limit}, without {@code exclude}.
     */
    List<Candidate> candidates(int[] fingerprints, long exclude, int limit);
}
