package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each built-in type has an id of its own, below {@link TypeIds#FIRST_EXCEPTION}: the compiler
 * cannot see two constants that share a number, and the VM would then take one type's objects
 * for the other's. ({@code INT} names BIGINT's id on purpose.)
 */
class TypeIdsTest {
    @Test
    void builtinTypeIdsAreDistinctAndBelowTheExceptions() throws IllegalAccessException {
        Map<Integer, String> seen = new HashMap<>();
        for (Field f : TypeIds.class.getFields()) {
            if (f.getType() != int.class || !Modifier.isStatic(f.getModifiers())) continue;
            // the bounds, and INT, which is BIGINT's id on purpose (int is one type)
            if (f.getName().startsWith("FIRST_") || f.getName().equals("INT")) continue;
            int id = f.getInt(null);
            assertTrue(id > 0 && id < TypeIds.FIRST_EXCEPTION, f.getName() + " = " + id);
            String before = seen.put(id, f.getName());
            assertNull(before, "type id " + id + " is both " + before + " and " + f.getName());
        }
    }
}
