package org.sourcelight.analysis;

/**
 * Names one result of the analysis (or an input the caller gives) and its type.
 *
 * @param name a short name, unique in a pipeline ("sources", "outlets" …)
 * @param type the class of the value
 * @param panel what the result is called in a message to the reader ("who is quoted")
 * @param empty the value used when the step that produces it failed for one article (so later steps and the report
 *              still run), or null when there is none
 * @param <R>  the value type
 */
public record ResultKey<R>(String name, Class<?> type, String panel, R empty) {
    public ResultKey {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name");
        if (type == null) throw new IllegalArgumentException("type");
        if (panel == null || panel.isBlank()) panel = name;
    }

    public ResultKey(String name, Class<?> type) { this(name, type, name, null); }

    @SuppressWarnings("unchecked")
    R cast(Object value) { return (R) type.cast(value); }
}
