package org.sourcelight.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes from a parsed page what is never article text: scripts, styles, embedded frames, forms, navigation,
 * asides, hidden elements, the site's own header and footer, and (by class, id or role) share bars, related links,
 * comments, cookie banners, newsletters and advertising.
 */
final class HtmlCleaner {
    private static final String NEVER_TEXT = "script, style, noscript, iframe, frame, frameset, object, embed, applet, template, "
            + "svg, canvas, video, audio, map, nav, aside, button, input, select, textarea, dialog, link, meta, base";
    private static final String HIDDEN = "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    private static final String SITE_CHROME_ROLES = "[role=navigation], [role=complementary], [role=search], [role=dialog], [role=alertdialog]";

    /** Class/id tokens (or parts of them between - and _) that mark page furniture rather than article text. */
    private static final Pattern JUNK = Pattern.compile("(?:^|[-_])(?:share|sharing|sharebar|social|socials|related|relatedlinks|"
            + "comments?|disqus|cookies?|consent|gdpr|newsletter|subscribe|subscription|signup|paywall|promo|promos|advert|adverts|"
            + "advertisement|ads?|sponsor|sponsored|breadcrumbs?|sidebar|menu|navbar|nav|navigation|popup|modal|banner|recommended|"
            + "recommendations|outbrain|taboola|tags?|toolbar|print|widget|trending|popular|most|more|readmore|skip|jump)(?:[-_]|$)");

    private HtmlCleaner() {}

    /** Removes what is never text, anywhere in the page; keeps header and footer elements inside an article. */
    static void removeNonText(Document doc) {
        doc.select(NEVER_TEXT).remove();
        doc.select(HIDDEN).remove();
        doc.select(SITE_CHROME_ROLES).remove();
        for (Element e : doc.select("header, footer, [role=banner], [role=contentinfo]")) {
            if (e.parent() != null && e.closest("article, [itemprop=articleBody]") == null && !holdsArticle(e)) e.remove();
        }
        for (Element form : doc.select("form")) {
            if (form.parent() != null && !holdsArticle(form)) form.remove();
        }
    }

    /** Removes page furniture (share bars, related links, comments …) inside the chosen container, and forms. */
    static void removeFurniture(Element container) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : container.getAllElements()) {
            if (e != container && (isJunk(e) || e.normalName().equals("form"))) doomed.add(e);
        }
        for (Element e : doomed) if (e.parent() != null) e.remove();
    }

    /** True when the element's class or id says it is page furniture. */
    static boolean isJunk(Element e) {
        if (e.normalName().equals("body") || e.normalName().equals("html")) return false;
        for (String token : e.classNames()) if (JUNK.matcher(token.toLowerCase(Locale.ROOT)).find()) return true;
        String id = e.id();
        return !id.isEmpty() && JUNK.matcher(id.toLowerCase(Locale.ROOT)).find();
    }

    /** Some sites wrap the whole page in a form or header: never remove an element holding the article. */
    private static boolean holdsArticle(Element e) {
        return !e.select("article, main, [role=main], [itemprop=articleBody]").isEmpty();
    }
}
