package org.sourcelight.cli.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One hand label: a pronoun or role-noun speaker in an article and the name it refers to. The label file is
 * tab-separated: {@code file, start, end, pronoun, referent} with [start, end) UTF-16 offsets into the article's
 * original {@code .txt}; {@code referent} may list alternatives separated by {@code |} ("Donald Trump|Trump").
 * Lines starting with {@code #} are comments.
 */
public record PronounLabel(String file, int start, int end, String pronoun, String referent) {
    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov",
            "gen", "president", "the", "senator", "secretary", "prof");

    public static List<PronounLabel> read(Path file) throws IOException {
        List<PronounLabel> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 5) throw new IOException("label line needs 5 tab-separated fields: " + line);
            out.add(new PronounLabel(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4]));
        }
        return out;
    }

    /**
     * True when the resolved speaker name is the labelled referent: the same words once titles and "the" are
     * dropped, or a person's full name whose surname the label gives (or the other way round).
     */
    public boolean matches(String resolved) {
        List<String> got = words(resolved);
        if (got.isEmpty()) return false;
        for (String alt : referent.split("\\|")) {
            List<String> want = words(alt);
            if (want.isEmpty()) continue;
            if (want.equals(got)) return true;
            if (got.get(got.size() - 1).equals(want.get(want.size() - 1)) && (got.size() == 1 || want.size() == 1 || got.get(0).equals(want.get(0)))) return true;
        }
        return false;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).replace("\u2019", "'").split("[^\\p{L}\\p{N}'-]+")) {
            if (w.isEmpty() || TITLES.contains(w)) continue;
            out.add(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
        }
        return out;
    }
}
