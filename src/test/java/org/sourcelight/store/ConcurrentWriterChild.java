package org.sourcelight.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.Normalizer;

/**
 * Child process for {@link TwoProcessesOneLibraryTest}: opens the library given as argument, adds its own article
 * and saves {@code args[2]} annotations one transaction at a time, as a second reader window would.
 */
public final class ConcurrentWriterChild {
    public static void main(String[] args) throws Exception {
        String who = args[1];
        int n = Integer.parseInt(args[2]);
        try (Database db = Database.open(Path.of(args[0]))) {
            String original = "Headline " + who + "\n\nThe minister said the troops must leave at once, said " + who + ".\n";
            long article = new ArticleRepository(db).add("Headline " + who, original, Map.of(), ArticleMeta.empty()).id();
            String text = Normalizer.normalize(original).text();
            int i = text.indexOf("troops must leave");
            AnnotationRepository repo = new AnnotationRepository(db);
            for (int k = 0; k < n; k++) {
                repo.save(Annotation.create(article, text, i, i + 17, AnnotationColour.ORANGE, who + " " + k, List.of(who),
                        Instant.now()));
            }
        }
        System.out.println("DONE " + who);
    }
}
