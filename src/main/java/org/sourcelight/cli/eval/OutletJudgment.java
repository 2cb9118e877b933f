package org.sourcelight.cli.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One hand judgment of a span in a development article: is it an outlet, and which. Stored one per line in a
 * tab-separated label file (see docs/evaluation.md, {@code ### outlets}); no article text is stored, only the
 * file, the offsets into the normalized text, the name as written there and the verdict.
 *
 * @param file    path relative to the corpora root ({@code polnear/data/dev/text/x.txt})
 * @param name    the span's text, checked when the file is read again (offsets must still point at it)
 * @param verdict what the span is
 * @param outlet  registry id of the outlet meant, or "-" when it is not in the registry (or not an outlet)
 * @param note    the judge's reason in a few words (optional)
 */
public record OutletJudgment(String file, int start, int end, String name, Verdict verdict, String outlet, String note) {
    /** What a judged span is. */
    public enum Verdict {
        /** an outlet the State Media Monitor data rates (any model: state-controlled … independent public) */
        STATE,
        /** an outlet without a State Media Monitor model (private, cooperative, party …, or not in the registry) */
        OUTLET,
        /** not an outlet (a common word, a country, an organisation that shares an acronym …) */
        NOT_OUTLET,
        /** the article's publisher (a whole-article row: start and end are 0, outlet is its registry id or "-") */
        PUBLISHER;

        String code() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

        static Verdict parse(String s) {
            return Verdict.valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public OutletJudgment {
        if (file == null || name == null || verdict == null) throw new IllegalArgumentException("file, name, verdict");
        boolean article = verdict == Verdict.PUBLISHER;
        if (article ? start != 0 || end != 0 : start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + verdict);
        }
        outlet = outlet == null || outlet.isBlank() ? "-" : outlet.strip();
        note = note == null ? "" : note.strip();
        if (verdict == Verdict.NOT_OUTLET && !outlet.equals("-")) throw new IllegalArgumentException("not an outlet, but " + outlet);
        if (verdict == Verdict.STATE && outlet.equals("-")) throw new IllegalArgumentException("state outlet needs a registry id: " + name);
    }

    /** A judged span that names an outlet (not a publisher row, not a "not an outlet" span). */
    public boolean isOutlet() { return verdict == Verdict.STATE || verdict == Verdict.OUTLET; }

    static final String HEADER = "file\tstart\tend\tname\tverdict\toutlet\tnote";

    /** Reads a label file: '#' comment lines, a header line, then one judgment per line. */
    static List<OutletJudgment> read(Path file) throws IOException {
        List<OutletJudgment> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 6) throw new IOException(file + ":" + n + ": expected at least 6 tab-separated fields");
                try {
                    out.add(new OutletJudgment(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], Verdict.parse(f[4]),
                            f[5], f.length > 6 ? f[6] : ""));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + n + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    String line() {
        return String.join("\t", file, Integer.toString(start), Integer.toString(end), name, verdict.code(), outlet, note);
    }
}
