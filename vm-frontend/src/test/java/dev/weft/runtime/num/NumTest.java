package dev.weft.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.text.IntText;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the tables cannot show: operands that are not numbers answer NotImplemented (the
 * interpreter then tries the reflected method), and the knobs and contracts of the API.
 */
class NumTest {
    private static Tables.TestHeap heap;

    @BeforeAll
    static void heap() {
        heap = new Tables.TestHeap();
    }

    @AfterAll
    static void close() {
        heap.close();
    }

    @Test
    void nonNumbersAnswerNotImplemented() {
        String result = heap.run(m -> {
            long str = m.allocImmutable(TypeIds.STR, 1);
            long one = Words.fromInt(1), half = Words.fromDouble(0.5);
            List<BiFunction<Long, Long, Long>> ops = List.of((a, b) -> Num.add(m, a, b), (a, b) -> Num.sub(m, a, b),
                    (a, b) -> Num.mul(m, a, b), (a, b) -> Num.truediv(m, a, b), (a, b) -> Num.floordiv(m, a, b),
                    (a, b) -> Num.mod(m, a, b), (a, b) -> Num.pow(m, a, b), (a, b) -> Num.lshift(m, a, b),
                    (a, b) -> Num.rshift(m, a, b), (a, b) -> Num.and(m, a, b), (a, b) -> Num.or(m, a, b),
                    (a, b) -> Num.xor(m, a, b), Num::eq, Num::ne, Num::lt, Num::le, Num::gt, Num::ge,
                    (a, b) -> Num.pow(m, a, b, Words.fromInt(7)));
            for (long other : new long[] {Words.NONE, str, Words.ELLIPSIS}) {
                for (long number : new long[] {one, half, Words.TRUE}) {
                    for (var op : ops) {
                        assertEquals(Words.NOT_IMPLEMENTED, op.apply(number, other));
                        assertEquals(Words.NOT_IMPLEMENTED, op.apply(other, number));
                    }
                    assertNull(Num.divmod(m, number, other));
                    assertEquals(Num.NOT_NUMBERS, Num.compare(other, number));
                }
                assertEquals(Words.NOT_IMPLEMENTED, Num.neg(m, other));
                assertEquals(Words.NOT_IMPLEMENTED, Num.pos(m, other));
                assertEquals(Words.NOT_IMPLEMENTED, Num.abs(m, other));
                assertEquals(Words.NOT_IMPLEMENTED, Num.invert(m, other));
                assertEquals(Words.NOT_IMPLEMENTED, Num.round(m, other, Words.NONE));
                if (other != Words.NONE) assertEquals(Words.NOT_IMPLEMENTED, Num.pow(m, one, one, other));
            }
            assertEquals(one, Num.pow(m, one, one, Words.NONE)); // pow(a, b, None) is a ** b
            return "ok";
        });
        assertEquals("ok", result);
    }

    @Test
    void roundRejectsANonIntNumberOfDigits() {
        String result = heap.run(m -> Tables.render(Num.round(m, Words.fromDouble(1.5), m.allocImmutable(TypeIds.STR, 1))));
        assertEquals("E:TypeError:'str' object cannot be interpreted as an integer", result);
    }

    @Test
    void theDigitLimitCanBeLiftedAsSysSetIntMaxStrDigitsZeroDoes() {
        String digits = "7".repeat(5000);
        int saved = IntText.maxStrDigits;
        try {
            IntText.maxStrDigits = 0;
            String result = heap.run((Mem m) -> IntText.decimal(Parse.parseInt(m, digits, 10)));
            assertEquals(digits, result);
        } finally {
            IntText.maxStrDigits = saved;
        }
        PyException e = assertThrows(PyException.class, () -> Parse.parseIntValue(digits, 10));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
                + "use sys.set_int_max_str_digits() to increase the limit", e.getMessage());
    }

    @Test
    void smallIntArithmeticStaysInWordsAndOverflowsToBigInts() {
        String result = heap.run(m -> {
            long max = Words.fromInt(Words.MAX_SMALL);
            long sum = Num.add(m, max, Words.fromInt(1));
            long back = Num.sub(m, sum, Words.fromInt(1));
            return Tables.render(sum) + " " + Words.isSmallInt(back) + " " + (back == max);
        });
        assertEquals("i:140737488355328 true true", result);
    }
}
