package org.sourcelight.cli.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Readers for the labelled development data the Assertions panel is scored on (formats in docs/evaluation.md):
 * BABE sentences with their biased words, BASIL articles with their lexical-bias spans, PolNeAR articles with the
 * content spans of their attributions. Plain data, no analysis.
 */
final class AssertionsData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AssertionsData() {}

    /** Train or dev: a fixed split by a hash of an item's id, the same on every run and every machine. */
    enum Part {
        TRAIN, DEV;

        /** 30% of ids go to dev: FNV-1a (32 bit) of the UTF-8 id, modulo 10, below 3. */
        static Part of(String id) {
            int h = 0x811c9dc5;
            for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
                h ^= b & 0xff;
                h *= 0x01000193;
            }
            return Integer.remainderUnsigned(h, 10) < 3 ? DEV : TRAIN;
        }
    }

    /** One BABE sentence and the words its annotators marked as biased (lower-cased as given). */
    record BabeSentence(String text, String label, List<String> biasedWords) {
        Part part() { return Part.of(text.strip()); }
    }

    /** Reads a BABE {@code final_labels_*.csv} (semicolon-separated, double-quoted fields, a header line). */
    static List<BabeSentence> babe(Path csv) throws IOException {
        String all = Files.readString(csv, StandardCharsets.UTF_8);
        if (!all.isEmpty() && all.charAt(0) == '\uFEFF') all = all.substring(1);
        List<List<String>> rows = csvRows(new StringReader(all), ';');
        if (rows.isEmpty()) return List.of();
        List<String> header = rows.get(0);
        int text = header.indexOf("text"), label = header.indexOf("label_bias"), words = header.indexOf("biased_words");
        if (text < 0 || words < 0) throw new IOException(csv + ": no text/biased_words columns");
        List<BabeSentence> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() <= Math.max(text, words) || r.get(text).isBlank()) continue;
            out.add(new BabeSentence(r.get(text), label >= 0 && label < r.size() ? r.get(label) : "",
                    pythonList(r.get(words))));
        }
        return out;
    }

    private static List<List<String>> csvRows(Reader in, char sep) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false, any = false;
        int c;
        while ((c = in.read()) >= 0) {
            char ch = (char) c;
            any = true;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int n = in.read();
                    if (n == '"') cell.append('"');
                    else {
                        quoted = false;
                        if (n >= 0) in.reset();
                    }
                } else cell.append(ch);
            } else if (ch == '"' && cell.length() == 0) quoted = true;
            else if (ch == sep) { row.add(cell.toString()); cell.setLength(0); }
            else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else if (ch != '\r') cell.append(ch);
        }
        if (any) { row.add(cell.toString()); rows.add(row); }
        return rows;
    }

    /** The strings of a Python list literal {@code ['a', "b's"]}. */
    static List<String> pythonList(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char q = s.charAt(i);
            if (q != '\'' && q != '"') { i++; continue; }
            StringBuilder b = new StringBuilder();
            i++;
            while (i < s.length() && s.charAt(i) != q) {
                if (s.charAt(i) == '\\' && i + 1 < s.length()) i++;
                b.append(s.charAt(i++));
            }
            i++;
            if (!b.toString().isBlank()) out.add(b.toString().strip());
        }
        return out;
    }

    /** A marked span, half-open, in characters of the built article text. */
    record Span(int start, int end) {}

    /**
     * One BASIL article as the text we build from it (title, blank line, one paragraph per line block) and its
     * lexical-bias spans outside quotations (the gold), in that text's offsets; for the report, also its lexical
     * spans inside quotations and its informational-bias spans, which are not gold.
     */
    record BasilArticle(String id, String eventId, String title, String text, int bodyStart, List<Span> lexical,
                        List<Span> quotedLexical, List<Span> informational) {
        Part part() { return Part.of(eventId); }
    }

    /** Reads every {@code annotations/resolved/YEAR/*_ann.json} with its {@code articles/YEAR/*.json}. */
    static List<BasilArticle> basil(Path dataDir) throws IOException {
        Path ann = dataDir.resolve("annotations").resolve("resolved");
        List<Path> files;
        try (Stream<Path> s = Files.walk(ann)) {
            files = s.filter(p -> p.getFileName().toString().endsWith("_ann.json")).sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<BasilArticle> out = new ArrayList<>();
        for (Path a : files) {
            Path rel = ann.relativize(a);
            String name = rel.getFileName().toString().replace("_ann.json", ".json");
            Path article = dataDir.resolve("articles").resolve(rel.getParent() == null ? "" : rel.getParent().toString()).resolve(name);
            if (!Files.exists(article)) continue;
            out.add(basilArticle(JSON.readValue(article.toFile(), Map.class), JSON.readValue(a.toFile(), Map.class), name));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static BasilArticle basilArticle(Object article, Object annotations, String name) {
        Map<String, Object> art = (Map<String, Object>) article;
        Map<String, Object> ann = (Map<String, Object>) annotations;
        String title = String.valueOf(art.getOrDefault("title", "")).strip();
        StringBuilder text = new StringBuilder(title).append("\n\n");
        int bodyStart = text.length();
        List<String> sentences = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Object> paragraphs = (List<Object>) art.getOrDefault("body-paragraphs", List.of());
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) text.append("\n\n");
            List<Object> ss = (List<Object>) paragraphs.get(p);
            for (int k = 0; k < ss.size(); k++) {
                if (k > 0) text.append(' ');
                starts.add(text.length());
                String s = String.valueOf(ss.get(k));
                sentences.add(s);
                text.append(s);
            }
        }
        List<Span> lexical = new ArrayList<>(), quotedLexical = new ArrayList<>(), informational = new ArrayList<>();
        for (Object o : (List<Object>) ann.getOrDefault("phrase-level-annotations", List.of())) {
            Map<String, Object> p = (Map<String, Object>) o;
            Span at = locate(sentences, starts, String.valueOf(p.get("id")), String.valueOf(p.get("txt")),
                    ((Number) p.get("start")).intValue(), ((Number) p.get("end")).intValue());
            if (at == null) continue;
            if (!"lex".equals(p.get("bias"))) informational.add(at);
            else if ("yes".equals(p.get("quote"))) quotedLexical.add(at);
            else lexical.add(at);
        }
        String event = String.valueOf(art.getOrDefault("triplet-uuid", name));
        return new BasilArticle(name, event, title, text.toString(), bodyStart, List.copyOf(lexical), List.copyOf(quotedLexical),
                List.copyOf(informational));
    }

    /** A BASIL annotation id names the body sentence it is in: "p7" (or "p7_1" for a second span there), or "title". */
    private static final Pattern SENTENCE_ID = Pattern.compile("p(\\d+)(?:_\\d+)?");

    /**
     * Where a lexical span of sentence {@code id} lies in the built text, or null. The offsets are within that
     * sentence; some spans' text has a trailing space their end offset leaves out ("bombshell "), so the text is
     * compared without surrounding white space; when the offsets are off, the occurrence of the text in that sentence
     * nearest to them is taken. Title spans ("title") are not in the body and are left out.
     */
    static Span locate(List<String> sentences, List<Integer> starts, String id, String txt, int s, int e) {
        Matcher m = SENTENCE_ID.matcher(id);
        if (!m.matches()) return null;
        int k = Integer.parseInt(m.group(1));
        if (k >= sentences.size()) return null;
        String sent = sentences.get(k), want = txt.strip();
        if (want.isEmpty()) return null;
        if (s >= 0 && s < e && e <= sent.length() && sent.substring(s, e).strip().equals(want)) {
            int from = s + sent.substring(s, e).indexOf(want);
            return new Span(starts.get(k) + from, starts.get(k) + from + want.length());
        }
        int best = -1;
        for (int i = sent.indexOf(want); i >= 0; i = sent.indexOf(want, i + 1)) {
            if (best < 0 || Math.abs(i - s) < Math.abs(best - s)) best = i;
        }
        return best < 0 ? null : new Span(starts.get(k) + best, starts.get(k) + best + want.length());
    }
}
