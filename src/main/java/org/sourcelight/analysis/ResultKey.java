package org.sourcelight.analysis;

/**
 * Names one result of the analysis (or an input the caller gives) and its type.
 *
 * @param name a short name, unique in a pipeline ("sources", "outlets" …)
 * @param type the class of the value
 * @param <R>  the value type
 */
public record ResultKey<R>(String name, Class<?> type) {
    public ResultKey {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name");
        if (type == null) throw new IllegalArgumentException("type");
    }

    @SuppressWarnings("unchecked")
    R cast(Object value) { return (R) type.cast(value); }
}
