package dev.weft.runtime.text;

import dev.weft.runtime.Mem;
import dev.weft.runtime.Words;
import dev.weft.runtime.num.Num;
import dev.weft.runtime.num.Tables;
import dev.weft.runtime.num.Tables.Mismatches;
import dev.weft.runtime.num.Tables.TestHeap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FloatRepr, IntText, StrRepr, FormatSpec, Percent and StrFormat against CPython 3.11, row by
 * row (tables from gen_text_tables.py): float repr of edge and random doubles, ints in every
 * base, str repr and ascii, format() with systematically combined specs on ints, bools,
 * floats and strs, printf-style templates with flags, widths, precisions, '*' and mappings,
 * and str.format templates with numbering, lookups, conversions and nested specs.
 */
class TextTablesTest {
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
    void floatReprMatchesCPython() {
        check("float_repr.jsonl");
    }

    @Test
    void intAndStrTextMatchesCPython() {
        check("int_text.jsonl");
    }

    @Test
    void formatSpecsMatchCPython() {
        check("format_spec.jsonl");
    }

    @Test
    void percentFormattingMatchesCPython() {
        check("percent.jsonl");
    }

    @Test
    void strFormatMatchesCPython() {
        check("str_format.jsonl");
    }

    @Test
    void committedTablesAreWhatTheGeneratorMakes() throws Exception {
        Tables.assertRegenerates("runtime/text", "gen_text_tables.py", "float_repr.jsonl", "int_text.jsonl",
                "format_spec.jsonl", "percent.jsonl", "str_format.jsonl");
    }

    private static void check(String table) {
        Mismatches mismatches = new Mismatches();
        for (List<Object> row : Tables.read("/runtime/text/" + table)) {
            String expected = (String) row.get(row.size() - 1);
            String actual = heap.run(m -> "s:" + evaluate(m, new TestValues(m), row));
            mismatches.check(row, expected, actual);
        }
        mismatches.assertNone(table);
    }

    @SuppressWarnings("unchecked")
    static String evaluate(Mem m, TestValues values, List<Object> row) {
        String op = (String) row.get(0);
        long a = values.word(row.get(1));
        return switch (op) {
            case "repr" -> Words.isFloat(a) ? FloatRepr.repr(Words.toDouble(a))
                    : Words.isPointer(a) && !Num.isNumber(a) ? StrRepr.repr(values.str(a)) : IntText.repr(a);
            case "str" -> IntText.repr(a);
            case "ascii" -> StrRepr.ascii(values.str(a));
            case "bin" -> IntText.bin(a);
            case "oct" -> IntText.oct(a);
            case "hex" -> IntText.hex(a);
            case "format" -> {
                if (row.size() == 5) { // str.format(template, args, kwargs)
                    List<Object> encodedArgs = (List<Object>) row.get(2);
                    long[] args = new long[encodedArgs.size()];
                    for (int i = 0; i < args.length; i++) args[i] = values.word(encodedArgs.get(i));
                    Map<String, Long> kwargs = new LinkedHashMap<>();
                    for (var e : ((Map<String, Object>) row.get(3)).entrySet()) kwargs.put(e.getKey(), values.word(e.getValue()));
                    yield StrFormat.format(values, values.str(a), args, StrFormat.keywords(kwargs));
                }
                String spec = ((String) row.get(2)).substring(2);
                if (Num.isNumber(a)) yield FormatSpec.format(a, spec);
                yield FormatSpec.formatStr(values.str(a), spec);
            }
            case "%" -> {
                long operand = values.word(row.get(2));
                if (values.isTuple(operand)) {
                    List<Long> items = values.items(operand);
                    long[] args = new long[items.size()];
                    for (int i = 0; i < args.length; i++) args[i] = items.get(i);
                    yield Percent.format(values, values.str(a), args, true, null);
                }
                yield Percent.format(values, values.str(a), new long[] {operand}, false, values.mapping(operand));
            }
            default -> throw new IllegalArgumentException("unknown operation " + op);
        };
    }
}
