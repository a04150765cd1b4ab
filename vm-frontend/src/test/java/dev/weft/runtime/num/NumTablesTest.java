package dev.weft.runtime.num;

import dev.weft.runtime.Mem;
import dev.weft.runtime.Words;
import dev.weft.runtime.num.Tables.Mismatches;
import dev.weft.runtime.num.Tables.TestHeap;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Num, IntMath, FloatMath and Parse against CPython 3.11, row by row: every operator on pairs
 * of edge-case ints, bools and floats, random big ints, int/float comparisons around 2^53,
 * correctly rounded int/int division, the unary operations and conversions, int() and
 * float() of strings. The tables come from gen_num_tables.py.
 *
 * <p>Where CPython's result is a complex number ("C:"), Weft raises the ValueError that
 * FloatMath documents instead.
 */
class NumTablesTest {
    private static TestHeap heap;

    @BeforeAll
    static void heap() {
        heap = new TestHeap();
    }

    @AfterAll
    static void close() {
        heap.close();
    }

    @Test
    void arithmeticMatchesCPython() {
        check("arith.jsonl");
    }

    @Test
    void unaryOperationsAndConversionsMatchCPython() {
        check("unary.jsonl");
    }

    @Test
    void parsingMatchesCPython() {
        check("parse.jsonl");
    }

    @Test
    void committedTablesAreWhatTheGeneratorMakes() throws Exception {
        Tables.assertRegenerates("runtime/num", "gen_num_tables.py", "arith.jsonl", "unary.jsonl", "parse.jsonl");
    }

    private static void check(String table) {
        Mismatches mismatches = new Mismatches();
        for (List<Object> row : Tables.read("/runtime/num/" + table)) {
            // "pow~": glibc's pow misrounded; the correctly rounded value comes first
            String expected = Tables.canonical((String) row.get(row.get(0).equals("pow~") ? 3 : row.size() - 1));
            String actual = heap.run(m -> evaluate(m, row));
            mismatches.check(row, expected, actual);
        }
        mismatches.assertNone(table);
    }

    private static long arg(Mem m, List<Object> row, int i) {
        return Tables.number(m, (String) row.get(i));
    }

    static String evaluate(Mem m, List<Object> row) {
        String op = (String) row.get(0);
        switch (op) {
            case "int" -> {
                return Tables.render(Parse.parseInt(m, ((String) row.get(1)).substring(2), Words.toInt(arg(m, row, 2))));
            }
            case "float" -> {
                return Tables.floatBits(Parse.parseFloat(((String) row.get(1)).substring(2)));
            }
            default -> {}
        }
        long a = arg(m, row, 1);
        long b = row.size() > 3 ? arg(m, row, 2) : Words.NULL;
        return switch (op) {
            case "add" -> Tables.render(Num.add(m, a, b));
            case "sub" -> Tables.render(Num.sub(m, a, b));
            case "mul" -> Tables.render(Num.mul(m, a, b));
            case "truediv" -> Tables.render(Num.truediv(m, a, b));
            case "floordiv" -> Tables.render(Num.floordiv(m, a, b));
            case "mod" -> Tables.render(Num.mod(m, a, b));
            case "pow", "pow~" -> Tables.render(Num.pow(m, a, b));
            case "lshift" -> Tables.render(Num.lshift(m, a, b));
            case "rshift" -> Tables.render(Num.rshift(m, a, b));
            case "and" -> Tables.render(Num.and(m, a, b));
            case "or" -> Tables.render(Num.or(m, a, b));
            case "xor" -> Tables.render(Num.xor(m, a, b));
            case "divmod" -> {
                long[] qr = Num.divmod(m, a, b);
                yield qr == null ? "NI" : "t:" + Tables.render(qr[0]) + ";" + Tables.render(qr[1]);
            }
            case "cmp" -> "t:" + String.join(";", Tables.render(Num.eq(a, b)), Tables.render(Num.ne(a, b)),
                    Tables.render(Num.lt(a, b)), Tables.render(Num.le(a, b)), Tables.render(Num.gt(a, b)),
                    Tables.render(Num.ge(a, b)));
            case "pow3" -> Tables.render(Num.pow(m, a, b, arg(m, row, 3)));
            case "neg" -> Tables.render(Num.neg(m, a));
            case "pos" -> Tables.render(Num.pos(m, a));
            case "abs" -> Tables.render(Num.abs(m, a));
            case "invert" -> Tables.render(Num.invert(m, a));
            case "hash" -> "i:" + Num.hash(a);
            case "bool" -> Num.truthy(a) ? "b:True" : "b:False";
            case "int_of" -> Tables.render(Num.toInt(m, a));
            case "float_of" -> Tables.render(Num.toFloat(a));
            case "round" -> Tables.render(Num.round(m, a, Words.NONE));
            case "round2" -> Tables.render(Num.round(m, a, b));
            case "bit_length" -> "i:" + Num.bitLength(a);
            case "is_integer" -> Num.isInteger(a) ? "b:True" : "b:False";
            case "as_integer_ratio" -> {
                long[] r = Num.asIntegerRatio(m, a);
                yield "t:" + Tables.render(r[0]) + ";" + Tables.render(r[1]);
            }
            default -> throw new IllegalArgumentException("unknown operation " + op);
        };
    }
}
