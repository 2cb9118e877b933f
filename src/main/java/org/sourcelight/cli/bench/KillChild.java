package org.sourcelight.cli.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;
import org.sourcelight.text.Normalizer;

/**
 * The process {@link KillBench} kills: saves annotations and imports batches of articles into the library given as
 * argument, as fast as it can, until it is killed. After each commit returns it prints what was committed
 * ({@code A uuid}, {@code B marker}); before a batch it prints {@code b marker}. It never closes the library.
 */
public final class KillChild {
    static final int BATCH = 3;
    private static final String ORIGINAL = "Headline\n\nThe minister said the troops must leave at once.\n";

    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[0]));
        ArticleRepository articles = new ArticleRepository(db);
        AnnotationRepository notes = new AnnotationRepository(db);
        long article = articles.add("Kill bench", ORIGINAL, Map.of(), ArticleMeta.empty()).id();
        String text = Normalizer.normalize(ORIGINAL).text();
        int at = text.indexOf("troops must leave");
        System.out.println("READY");
        System.out.flush();
        for (long i = 0; ; i++) {
            Annotation a = notes.save(Annotation.create(article, text, at, at + 17, AnnotationColour.ORANGE,
                    "note " + i, List.of("kill"), Instant.now()));
            System.out.println("A " + a.uuid());
            System.out.flush();
            if (i % 4 == 0) {
                String marker = "batch-" + UUID.randomUUID();
                System.out.println("b " + marker);
                System.out.flush();
                db.inTransaction(c -> {
                    for (int k = 0; k < BATCH; k++) {
                        articles.add(marker + "-" + k, "Batch article " + k + "\n\n" + marker + " part " + k + " of a batch.\n",
                                Map.of(), ArticleMeta.empty());
                    }
                    return null;
                });
                System.out.println("B " + marker);
                System.out.flush();
            }
        }
    }
}
