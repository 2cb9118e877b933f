package org.sourcelight.cli.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads brat standoff attribution files as PolNeAR ships them: text-bound annotations {@code T1 Source 10 15}
 * (possibly discontinuous, {@code 10 15;20 30}) linked by events {@code E1 Attribution:T4 Cue:T2 Source:T1
 * Content:T3}. Offsets in the files count Unicode code points; they are converted to UTF-16 indices of the
 * {@code .txt} read as UTF-8.
 */
public final class Brat {
    private Brat() {}

    /** A span of the original text, possibly in several fragments (each [start, end), UTF-16). */
    public record Frag(int start, int end) {}

    public record Spans(List<Frag> frags) {
        public Spans {
            frags = List.copyOf(frags);
            if (frags.isEmpty()) throw new IllegalArgumentException("empty span");
        }

        public int start() { return frags.get(0).start(); }

        public int end() { return frags.get(frags.size() - 1).end(); }

        public boolean overlaps(int s, int e) {
            for (Frag f : frags) if (f.start() < e && s < f.end()) return true;
            return false;
        }

        public String text(String doc) {
            StringBuilder sb = new StringBuilder();
            for (Frag f : frags) {
                if (sb.length() > 0) sb.append(" … ");
                sb.append(doc, f.start(), f.end());
            }
            return sb.toString();
        }
    }

    /** One gold attribution: its cue, source and content (each may be absent). */
    public record Attribution(Spans cue, Spans source, Spans content) {}

    /** One article: its text and gold attributions. */
    public record Article(String name, String text, List<Attribution> attributions) {}

    /**
     * The articles of a folder: either PolNeAR's layout ({@code DIR/text/NAME.txt} with
     * {@code DIR/attributions/NAME_ANNOTATOR.ann}) or {@code .txt} and {@code .ann} side by side. When an article
     * was annotated twice, the first annotation file in name order is used.
     */
    public static List<Article> readFolder(Path dir) throws IOException {
        if (dir.toString().contains("data/test")) throw new IllegalArgumentException("PolNeAR data/test is held out");
        Path textDir = Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir;
        Path annDir = Files.isDirectory(dir.resolve("attributions")) ? dir.resolve("attributions") : dir;
        Map<String, Path> anns = new TreeMap<>();
        try (Stream<Path> s = Files.list(annDir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (!n.endsWith(".ann")) continue;
                String base = n.substring(0, n.length() - 4);
                String stem = Files.exists(textDir.resolve(base + ".txt")) ? base : base.replaceFirst("_[0-9a-f]{4}$", "");
                anns.putIfAbsent(stem, p);
            }
        }
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : anns.entrySet()) {
            Path txt = textDir.resolve(e.getKey() + ".txt");
            if (!Files.exists(txt)) continue;
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            out.add(new Article(e.getKey() + ".txt", text, parse(text, Files.readAllLines(e.getValue(), StandardCharsets.UTF_8))));
        }
        return out;
    }

    /** Parses the lines of one {@code .ann} file against its text. */
    public static List<Attribution> parse(String text, List<String> lines) {
        int[] cpToUtf16 = codePointIndex(text);
        Map<String, Spans> spans = new HashMap<>();
        for (String line : lines) {
            if (!line.startsWith("T")) continue;
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            int sp = f[1].indexOf(' ');
            if (sp < 0) continue;
            List<Frag> frags = new ArrayList<>();
            for (String part : f[1].substring(sp + 1).split(";")) {
                String[] se = part.trim().split(" ");
                int s = Integer.parseInt(se[0]), en = Integer.parseInt(se[1]);
                s = cpToUtf16[Math.min(s, cpToUtf16.length - 1)];
                en = cpToUtf16[Math.min(en, cpToUtf16.length - 1)];
                if (en > s) frags.add(new Frag(s, en));
            }
            if (!frags.isEmpty()) spans.put(f[0], new Spans(frags));
        }
        List<Attribution> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("E")) continue;
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            Spans cue = null, source = null, content = null;
            for (String arg : f[1].split(" ")) {
                int c = arg.indexOf(':');
                if (c < 0) continue;
                String role = arg.substring(0, c);
                Spans s = spans.get(arg.substring(c + 1));
                if (role.equals("Cue")) cue = s;
                else if (role.equals("Source")) source = s;
                else if (role.startsWith("Content") && content == null) content = s;
            }
            if (cue != null || source != null || content != null) out.add(new Attribution(cue, source, content));
        }
        return out;
    }

    /** UTF-16 index of each code point index (plus the end). */
    static int[] codePointIndex(String text) {
        int n = text.codePointCount(0, text.length());
        int[] m = new int[n + 1];
        int i = 0, k = 0;
        while (i < text.length()) {
            m[k++] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        m[k] = text.length();
        return m;
    }
}
