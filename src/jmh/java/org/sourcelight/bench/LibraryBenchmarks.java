package org.sourcelight.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Reanchoring;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;
import org.sourcelight.text.Normalizer;

/**
 * Annotation speed on a temporary library file (WAL, as the app uses it): saving one annotation in its own committed
 * transaction (sample mode: median and p95 are in the JMH output; target under 5 ms), and opening an article with
 * 1,000 annotations (load + anchor to the text; target under 200 ms).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LibraryBenchmarks {
    private static final String[] WORDS = ("the minister said troops must leave syria according to officials who spoke"
            + " on condition of anonymity while state media reported that forces had withdrawn from several towns in the"
            + " north and east of the country after talks in moscow and washington over the weekend").split(" ");

    Path dir;
    Database db;
    AnnotationRepository repo;
    long id;
    String text;
    long big;
    String bigText;
    final Random random = new Random(2);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("sourcelight-jmh");
        db = Database.open(dir.resolve("bench.db"));
        ArticleRepository articles = new ArticleRepository(db);
        repo = new AnnotationRepository(db);
        String original = article(new Random(1), 120);
        id = articles.add("Bench article", original, Map.of(), ArticleMeta.empty()).id();
        text = Normalizer.normalize(original).text();
        for (int i = 0; i < 300; i++) repo.save(random(random, id, text));
        String bigOriginal = article(new Random(3), 400);
        big = articles.add("Bench article with 1,000 annotations", bigOriginal, Map.of(), ArticleMeta.empty()).id();
        bigText = Normalizer.normalize(bigOriginal).text();
        List<Annotation> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) many.add(random(random, big, bigText));
        repo.saveAll(many);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        db.close();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Annotation saveOneAnnotation() {
        return repo.save(random(random, id, text));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Reanchoring openArticleWithThousandAnnotations() {
        return repo.anchor(big, bigText);
    }

    static String article(Random r, int paragraphs) {
        StringBuilder sb = new StringBuilder("Bench headline\n\n");
        for (int p = 0; p < paragraphs; p++) {
            int words = 25 + r.nextInt(50);
            for (int w = 0; w < words; w++) {
                sb.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
                if (r.nextInt(12) == 0) sb.append(' ').append(1900 + r.nextInt(125));
            }
            sb.append(".\n\n");
        }
        return sb.toString();
    }

    static Annotation random(Random r, long articleId, String text) {
        int len = 10 + r.nextInt(120);
        int start = r.nextInt(text.length() - len);
        List<String> tags = r.nextBoolean() ? List.of("claim") : List.of();
        return Annotation.create(articleId, text, start, start + len,
                AnnotationColour.values()[r.nextInt(AnnotationColour.values().length)],
                r.nextBoolean() ? "A note about this passage, number " + r.nextInt(1000) : "", tags, Instant.now());
    }
}
