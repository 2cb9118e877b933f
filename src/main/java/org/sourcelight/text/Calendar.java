package org.sourcelight.text;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names of days and months in lower case, written once for every analyzer: English weekdays, months, and the
 * months as AP style abbreviates them before a date ("Dec. 28", "Sept. 9"; "Sep" as other style guides write it).
 * A time phrase ("on Monday", "Friday, the state said") or a date is never a speaker's name or part of an outlet's.
 */
public final class Calendar {
    private Calendar() {}

    public static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    public static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    public static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Weekdays and months. */
    public static final Set<String> WEEKDAYS_AND_MONTHS = union(WEEKDAYS, MONTHS);

    /** The union of {@code sets}, unmodifiable. */
    @SafeVarargs
    public static Set<String> union(Set<String>... sets) {
        return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    /** The union of {@code set} and {@code words}, unmodifiable. */
    public static Set<String> with(Set<String> set, String... words) {
        return Stream.concat(set.stream(), Stream.of(words)).collect(Collectors.toUnmodifiableSet());
    }
}
