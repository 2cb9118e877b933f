package org.sourcelight.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;

/**
 * Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), without any database.
 * <p>
 * Written: an {@code AnnotationCollection} whose first page holds the annotations. Each has id
 * {@code urn:uuid:<uuid>}, motivation {@code commenting} (has a note), {@code tagging} (tags only) or
 * {@code highlighting}, one {@code TextualBody} per note (purpose commenting) and per tag (purpose tagging), a target
 * with the article's {@code source}, the colour as {@code styleClass} (with a {@code CssStylesheet}) and a
 * {@code TextQuoteSelector} plus a {@code TextPositionSelector} (left out for orphans, whose position is stale).
 * Positions are counted in Unicode code points as the model asks, not in Java's UTF-16 units.
 * <p>
 * Read: a collection or page, an array, a single annotation or a JSON-LD {@code @graph}. Anything unusable is
 * reported per item with the reason, never thrown: not JSON, not an Annotation, no target, no text quote.
 */
public final class WebAnnotationCodec {
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String STYLE_PREFIX = "sourcelight-";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Where an article's annotations point: the target source IRI and the normalized text (for code points). */
    public record Target(String source, String text) {}

    /**
     * One annotation read from a file. Positions are code points (null when the file had none); the uuid is the id's
     * own for {@code urn:uuid:} ids, otherwise derived from the id (or, without one, from the item's content), so
     * reading the same file twice gives the same uuids.
     */
    public record Item(String uuid, String source, String exact, String prefix, String suffix, Integer start,
                       Integer end, AnnotationColour colour, String note, List<String> tags, Instant created,
                       Instant modified) {}

    /** What was left out, and why, in words for the reader. {@code item} says which (number and id). */
    public record Skipped(String item, String reason) {}

    public record Parsed(List<Item> items, List<Skipped> skipped) {
        public Parsed {
            items = List.copyOf(items);
            skipped = List.copyOf(skipped);
        }
    }

    private WebAnnotationCodec() {}

    // ---- writing

    public static String write(String label, List<Annotation> annotations, LongFunction<Target> targets) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", CONTEXT);
        root.put("type", "AnnotationCollection");
        root.put("label", label);
        root.put("total", annotations.size());
        ObjectNode page = root.putObject("first");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        for (Annotation a : annotations) items.add(toJson(a, targets.apply(a.articleId())));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode toJson(Annotation a, Target t) {
        ObjectNode o = JSON.createObjectNode();
        o.put("@context", CONTEXT);
        o.put("id", "urn:uuid:" + a.uuid());
        o.put("type", "Annotation");
        o.put("motivation", a.hasNote() ? "commenting" : a.tags().isEmpty() ? "highlighting" : "tagging");
        o.put("created", a.created().toString());
        o.put("modified", a.modified().toString());
        if (a.hasNote() || !a.tags().isEmpty()) {
            ArrayNode body = o.putArray("body");
            if (a.hasNote()) {
                ObjectNode b = body.addObject();
                b.put("type", "TextualBody");
                b.put("value", a.note());
                b.put("format", "text/plain");
                b.put("purpose", "commenting");
            }
            for (String tag : a.tags()) {
                ObjectNode b = body.addObject();
                b.put("type", "TextualBody");
                b.put("value", tag);
                b.put("purpose", "tagging");
            }
        }
        ObjectNode target = o.putObject("target");
        target.put("source", t.source());
        String style = STYLE_PREFIX + a.colour().id();
        target.put("styleClass", style);
        ArrayNode selectors = target.putArray("selector");
        ObjectNode q = selectors.addObject();
        q.put("type", "TextQuoteSelector");
        q.put("exact", a.exact());
        q.put("prefix", a.anchor().prefix());
        q.put("suffix", a.anchor().suffix());
        if (!a.orphan() && a.end() <= t.text().length()) {
            ObjectNode p = selectors.addObject();
            p.put("type", "TextPositionSelector");
            p.put("start", t.text().codePointCount(0, a.start()));
            p.put("end", t.text().codePointCount(0, a.end()));
        }
        ObjectNode css = o.putObject("stylesheet");
        css.put("type", "CssStylesheet");
        css.put("value", "." + style + " { background-color: " + a.colour().hex() + "; } /* " + a.colour().label()
                + ", " + a.colour().pattern() + " */");
        return o;
    }

    // ---- reading

    public static Parsed read(String json, Instant now) {
        List<Item> items = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        JsonNode root;
        try {
            root = json == null || json.isBlank() ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            skipped.add(new Skipped("the file", "it is not valid JSON (" + (msg == null ? "unreadable" : msg.lines().findFirst().orElse(""))
                    + ", line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")"));
            return new Parsed(items, skipped);
        }
        if (root == null || root.isMissingNode()) {
            skipped.add(new Skipped("the file", "it is empty"));
            return new Parsed(items, skipped);
        }
        List<JsonNode> candidates = new ArrayList<>();
        String problem = collect(root, candidates);
        if (problem != null) skipped.add(new Skipped("the file", problem));
        for (int i = 0; i < candidates.size(); i++) {
            JsonNode n = candidates.get(i);
            String label = "item " + (i + 1) + (n.hasNonNull("id") && n.get("id").isTextual() ? " (" + n.get("id").asText() + ")" : "");
            try {
                items.add(item(n, now));
            } catch (Reject r) {
                skipped.add(new Skipped(label, r.getMessage()));
            }
        }
        return new Parsed(items, skipped);
    }

    /** Gathers the annotation candidates of a document; returns a problem with the document itself, or null. */
    private static String collect(JsonNode root, List<JsonNode> out) {
        if (root.isArray()) {
            root.forEach(out::add);
            return null;
        }
        if (!root.isObject()) return "it holds a single " + root.getNodeType().toString().toLowerCase() + ", not annotations";
        if (root.has("@graph")) return collect(root.get("@graph"), out);
        if (hasType(root, "Annotation")) {
            out.add(root);
            return null;
        }
        if (root.has("items")) return collect(root.get("items"), out);
        JsonNode first = root.get("first");
        if (first != null && first.isObject()) {
            String p = collect(first, out);
            JsonNode next = first.get("next");
            if (p == null && next != null && !next.isNull()) {
                return "only the first page was read; further pages are elsewhere (" + text(next) + ")";
            }
            return p;
        }
        if (first != null && first.isTextual()) {
            return "the collection's annotations are not in the file but at " + first.asText();
        }
        return "it is not a Web Annotation file (type " + typeOf(root) + ", no annotations inside)";
    }

    private static Item item(JsonNode n, Instant now) {
        if (!n.isObject()) throw new Reject("it is not a JSON object");
        if (!hasType(n, "Annotation")) throw new Reject("its type is " + typeOf(n) + ", not Annotation");
        JsonNode target = n.get("target");
        if (target == null || target.isNull()) throw new Reject("it has no target (what it annotates)");
        JsonNode chosen = null;
        String why = null;
        for (JsonNode t : target.isArray() ? target : List.of(target)) {
            if (t.isTextual()) {
                why = "its target is only an address (" + t.asText() + "), with no selector saying which text";
                continue;
            }
            if (!t.isObject()) continue;
            if (source(t) == null) {
                why = "its target has no source (which article it belongs to)";
                continue;
            }
            if (quote(t) == null) {
                why = "its target has no TextQuoteSelector with an exact quote, which Sourcelight needs to find the passage";
                continue;
            }
            chosen = t;
            break;
        }
        if (chosen == null) throw new Reject(why == null ? "its target is not usable" : why);
        JsonNode q = quote(chosen);
        Integer start = null, end = null;
        JsonNode p = selector(chosen, "TextPositionSelector");
        if (p != null && p.path("start").canConvertToInt() && p.path("end").canConvertToInt()
                && p.get("start").isIntegralNumber() && p.get("end").isIntegralNumber()) {
            int s = p.get("start").asInt(), e = p.get("end").asInt();
            if (s >= 0 && e >= s) {
                start = s;
                end = e;
            }
        }
        List<String> notes = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean taggingMotivation = n.path("motivation").asText("").endsWith("tagging");
        if (n.hasNonNull("bodyValue") && n.get("bodyValue").isTextual()) notes.add(n.get("bodyValue").asText());
        JsonNode body = n.get("body");
        if (body != null) {
            for (JsonNode b : body.isArray() ? body : List.of(body)) {
                if (!b.isObject() || !b.hasNonNull("value") || !b.get("value").isTextual()) continue;
                String purpose = b.path("purpose").asText(taggingMotivation ? "tagging" : "commenting");
                if (purpose.endsWith("tagging")) tags.add(b.get("value").asText());
                else notes.add(b.get("value").asText());
            }
        }
        String style = chosen.path("styleClass").asText("");
        AnnotationColour colour = AnnotationColour.fromId(style.startsWith(STYLE_PREFIX) ? style.substring(STYLE_PREFIX.length()) : style);
        Instant created = instant(n.get("created"), now);
        return new Item(uuid(n), source(chosen), q.get("exact").asText(), q.path("prefix").asText(""),
                q.path("suffix").asText(""), start, end, colour == null ? AnnotationColour.YELLOW : colour,
                String.join("\n\n", notes), tags, created, instant(n.get("modified"), created));
    }

    private static String uuid(JsonNode n) {
        JsonNode id = n.get("id") != null ? n.get("id") : n.get("@id");
        if (id != null && id.isTextual()) {
            String s = id.asText().strip();
            if (s.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
                try {
                    return UUID.fromString(s.substring(9)).toString();
                } catch (IllegalArgumentException ignored) {
                    // not a well-formed UUID: derived from the whole id below
                }
            }
            return UUID.nameUUIDFromBytes(("id:" + s).getBytes(StandardCharsets.UTF_8)).toString();
        }
        return UUID.nameUUIDFromBytes(("content:" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String source(JsonNode target) {
        JsonNode s = target.get("source");
        if (s != null && s.isObject()) s = s.get("id");
        return s != null && s.isTextual() && !s.asText().isBlank() ? s.asText().strip() : null;
    }

    private static JsonNode quote(JsonNode target) {
        JsonNode q = selector(target, "TextQuoteSelector");
        return q != null && q.path("exact").isTextual() && !q.get("exact").asText().isEmpty() ? q : null;
    }

    private static JsonNode selector(JsonNode target, String type) {
        JsonNode sel = target.get("selector");
        if (sel == null) return null;
        for (JsonNode s : sel.isArray() ? sel : List.of(sel)) if (s.isObject() && hasType(s, type)) return s;
        return null;
    }

    private static boolean hasType(JsonNode n, String type) {
        JsonNode t = n.has("type") ? n.get("type") : n.get("@type");
        if (t == null) return false;
        for (JsonNode v : t.isArray() ? t : List.of(t)) {
            String s = v.asText();
            if (s.equals(type) || s.equals("oa:" + type) || s.equals("http://www.w3.org/ns/oa#" + type)) return true;
        }
        return false;
    }

    private static String typeOf(JsonNode n) {
        JsonNode t = n.has("type") ? n.get("type") : n.get("@type");
        return t == null ? "missing" : "'" + text(t) + "'";
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : n.toString();
    }

    private static Instant instant(JsonNode n, Instant fallback) {
        if (n == null || !n.isTextual()) return fallback;
        try {
            return OffsetDateTime.parse(n.asText()).toInstant();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** An item that cannot be imported; the message is the reason. */
    private static final class Reject extends RuntimeException {
        Reject(String reason) {
            super(reason, null, false, false);
        }
    }
}
