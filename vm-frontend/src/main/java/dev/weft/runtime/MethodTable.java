package dev.weft.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The methods of one built-in type, by name: what {@code "abc".upper} or {@code list.append}
 * finds. Each built-in type's {@code XBuiltins.install(MethodTable)} fills its table once at
 * start-up; the tables never change afterwards (guest code cannot add attributes to a
 * built-in type), so they live on the Java heap.
 */
public final class MethodTable {
    /** One method: its name, how many positional arguments it takes counting self, its body. */
    public record Entry(String name, int minArgs, int maxArgs, boolean takesKeywords, BuiltinCode code) {}

    /** maxArgs for "any number". */
    public static final int VARARGS = Integer.MAX_VALUE;

    private final String typeName;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public MethodTable(String typeName) {
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }

    /** A method without keyword arguments taking minArgs..maxArgs positional ones, self included. */
    public void add(String name, int minArgs, int maxArgs, BuiltinCode code) {
        entries.put(name, new Entry(name, minArgs, maxArgs, false, code));
    }

    /** A method that also takes keyword arguments (it checks their names itself). */
    public void addWithKeywords(String name, int minArgs, int maxArgs, BuiltinCode code) {
        entries.put(name, new Entry(name, minArgs, maxArgs, true, code));
    }

    public Entry get(String name) {
        return entries.get(name);
    }

    public Iterable<Entry> entries() {
        return entries.values();
    }
}
