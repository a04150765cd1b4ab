package dev.weft.runtime.objects;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Guest;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.GuestSupport;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.str.Str;
import java.math.BigDecimal;

/**
 * A stand-in for the interpreter in the containers' tests: what {@link Guest} asks of it for
 * the values these tests use. Floats print as Python prints them (shortest round-trip
 * digits, Python's switch to exponent form); the key functions of the test data ({@code len},
 * {@code neg}, {@code abs}, {@code str.lower}) are strs with a marker prefix that
 * {@link #call1} recognises. Anything else is an error, so a container that wrongly leaves
 * the built-in fast paths shows up.
 */
final class TestGuest implements Guest, GuestSupport {
    static final String FN = "\u0001fn:";
    Ctx ctx;

    @Override
    public long hash(long v) {
        throw PyException.typeError("test guest cannot hash " + Values.typeName(v));
    }

    @Override
    public boolean eq(long a, long b) {
        return a == b;
    }

    @Override
    public boolean lt(long a, long b) {
        throw PyException.typeError("'<' not supported between instances of '" + Values.typeName(a) + "' and '"
                + Values.typeName(b) + "'");
    }

    @Override
    public String repr(long v) {
        if (Words.isFloat(v)) return floatRepr(Words.toDouble(v));
        return "<object>";
    }

    @Override
    public String str(long v) {
        return repr(v);
    }

    @Override
    public long call1(long f, long arg) {
        if (Str.isStr(f) && Str.value(f).startsWith(FN)) {
            String name = Str.value(f).substring(FN.length());
            return switch (name) {
                case "len" -> Words.fromInt(Harness.len(ctx, arg));
                case "nan7" -> Words.isSmallInt(arg) && Math.floorMod(Words.toInt(arg), 7) == 0 ? Words.fromDouble(Double.NaN) : arg;
                case "neg" -> Words.isFloat(arg) ? Words.fromDouble(-Words.toDouble(arg)) : Words.fromInt(-intOf(arg));
                case "abs" -> {
                    if (Words.isFloat(arg)) yield Words.fromDouble(Math.abs(Words.toDouble(arg)));
                    if (!Words.isSmallInt(arg) && !Words.isBool(arg)) {
                        throw PyException.typeError("bad operand type for abs(): '" + Values.typeName(arg) + "'");
                    }
                    yield Words.fromInt(Math.abs(intOf(arg)));
                }
                case "str.lower" -> {
                    if (!Str.isStr(arg)) {
                        throw PyException.typeError("descriptor 'lower' for 'str' objects doesn't apply to a '"
                                + Values.typeName(arg) + "' object");
                    }
                    yield Harness.callMethod(ctx, arg, "lower");
                }
                default -> throw new IllegalStateException(name);
            };
        }
        throw PyException.typeError("'" + Values.typeName(f) + "' object is not callable");
    }

    private static long intOf(long w) {
        if (Words.isBool(w)) return w == Words.TRUE ? 1 : 0;
        if (!Words.isSmallInt(w)) throw PyException.typeError("bad operand type for unary -: '" + Values.typeName(w) + "'");
        return Words.toInt(w);
    }

    @Override
    public boolean truthy(long v) {
        return true;
    }

    @Override
    public String typeName(long v) {
        return "object";
    }

    @Override
    public long iter(long v) {
        throw PyException.typeError("'" + Values.typeName(v) + "' object is not iterable");
    }

    @Override
    public long next(long iterator) {
        return Words.NULL;
    }

    /** Python's repr of a float. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = b.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - b.scale();
        String sign = d < 0 ? "-" : "";
        if (exp >= 16 || exp < -4) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        String plain = b.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }
}
