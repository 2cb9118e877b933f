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
 * Child process for {@link AnnotationDurabilityTest}: adds an article and saves one annotation to the library file
 * given as argument, prints "SAVED <uuid>", then either halts at once ("halt") or waits to be killed ("wait").
 * It never closes the database, so nothing but the save's own commit can have made the annotation durable.
 */
public final class SaveAnnotationChild {
    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        String original = "Headline\n\nThe minister said the troops must leave at once.\n";
        long article = new ArticleRepository(db).add("Headline", original, Map.of(), ArticleMeta.empty()).id();
        String text = Normalizer.normalize(original).text();
        int i = text.indexOf("troops must leave");
        Annotation a = new AnnotationRepository(db).save(Annotation.create(article, text, i, i + 17,
                AnnotationColour.ORANGE, "saved just before the crash", List.of("crash"), Instant.now()));
        System.out.println("SAVED " + a.uuid());
        System.out.flush();
        if (args[1].equals("halt")) Runtime.getRuntime().halt(0);
        Thread.sleep(60_000);
    }
}
