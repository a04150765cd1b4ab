package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.compile.Op;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The interpreter's switches (the dispatch loop in Interp, the rare instructions in RareOps)
 * name their cases by number (Java cannot switch on an enum's ordinal as a constant), each
 * with the opcode's name in a comment: this test holds every {@code case N /* NAME *\/} to
 * {@code Op.NAME.ordinal() == N}, and checks that every opcode has exactly one case.
 */
class OpcodeTableTest {
    @Test
    void everyCaseNumberIsItsOpcodesOrdinal() throws Exception {
        String src = Files.readString(Path.of("src/main/java/dev/weft/interp/Interp.java"));
        String loop = src.substring(src.indexOf("private long loop("), src.indexOf("static void clear("));
        String rare = Files.readString(Path.of("src/main/java/dev/weft/interp/RareOps.java"));
        Matcher m = Pattern.compile("case (\\d+) /\\* ([A-Z_]+) \\*/").matcher(loop + rare);
        Set<Op> seen = new HashSet<>();
        while (m.find()) {
            Op op = Op.valueOf(m.group(2));
            assertEquals(op.ordinal(), Integer.parseInt(m.group(1)), "case for " + op);
            assertTrue(seen.add(op), "two cases for " + op);
        }
        for (Op op : Op.values()) assertTrue(seen.contains(op), "no case for " + op);
    }
}
