package dev.weft.parse;

import dev.weft.parse.ast.Alias;
import dev.weft.parse.ast.Arg;
import dev.weft.parse.ast.Arguments;
import dev.weft.parse.ast.Complex;
import dev.weft.parse.ast.Comprehension;
import dev.weft.parse.ast.Ellipsis;
import dev.weft.parse.ast.ExceptHandler;
import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.Keyword;
import dev.weft.parse.ast.Located;
import dev.weft.parse.ast.Module;
import dev.weft.parse.ast.None;
import dev.weft.parse.ast.Stmt;
import dev.weft.parse.ast.WithItem;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Prints an AST exactly as CPython's {@code ast.dump(tree)} (and, with attributes, as
 * {@code ast.dump(tree, include_attributes=True)}), so that golden files produced by CPython can
 * be compared as text. Field order and the omission of absent optional fields follow CPython;
 * constants are printed with Python's {@code repr} (strings, bytes, floats in shortest
 * round-trip form, complex, big ints).
 */
public final class AstDump {
    private final StringBuilder out = new StringBuilder();
    private final boolean attributes;

    private AstDump(boolean attributes) {
        this.attributes = attributes;
    }

    /** {@code ast.dump(tree)}. */
    public static String dump(Module m) {
        return dump(m, false);
    }

    /** {@code ast.dump(tree, include_attributes=attributes)}. */
    public static String dump(Module m, boolean attributes) {
        AstDump d = new AstDump(attributes);
        d.module(m);
        return d.out.toString();
    }

    /** Dumps one expression (used by tests and diagnostics). */
    public static String dump(Expr e) {
        AstDump d = new AstDump(false);
        d.value(e);
        return d.out.toString();
    }

    // A node is written as Name(field=value, ...). Optional fields that are null are skipped.
    private boolean first;

    private void open(String name) {
        out.append(name).append('(');
        first = true;
    }

    private void key(String name) {
        if (!first) out.append(", ");
        first = false;
        out.append(name).append('=');
    }

    /** A required field: always printed (null prints None). */
    private void req(String name, Object v) {
        key(name);
        value(v);
        first = false;
    }

    /** An optional field: skipped when null. */
    private void opt(String name, Object v) {
        if (v == null) return;
        req(name, v);
    }

    private void close(Located loc) {
        if (attributes && loc != null) {
            req("lineno", loc.lineno());
            req("col_offset", loc.colOffset());
            req("end_lineno", loc.endLineno());
            req("end_col_offset", loc.endColOffset());
        }
        out.append(')');
    }

    private void module(Module m) {
        open("Module");
        req("body", m.body());
        req("type_ignores", m.typeIgnores());
        close(null);
    }

    private void value(Object v) {
        switch (v) {
            case null -> out.append("None");
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) out.append(", ");
                    value(list.get(i));
                }
                out.append(']');
            }
            case Stmt s -> stmt(s);
            case Expr e -> expr(e);
            case Arguments a -> {
                open("arguments");
                req("posonlyargs", a.posonlyargs());
                req("args", a.args());
                opt("vararg", a.vararg());
                req("kwonlyargs", a.kwonlyargs());
                req("kw_defaults", a.kwDefaults());
                opt("kwarg", a.kwarg());
                req("defaults", a.defaults());
                close(null);
            }
            case Arg a -> {
                open("arg");
                req("arg", a.arg());
                opt("annotation", a.annotation());
                opt("type_comment", a.typeComment());
                close(a);
            }
            case Keyword k -> {
                open("keyword");
                opt("arg", k.arg());
                req("value", k.value());
                close(k);
            }
            case Alias a -> {
                open("alias");
                req("name", a.name());
                opt("asname", a.asname());
                close(a);
            }
            case WithItem w -> {
                open("withitem");
                req("context_expr", w.contextExpr());
                opt("optional_vars", w.optionalVars());
                close(null);
            }
            case Comprehension c -> {
                open("comprehension");
                req("target", c.target());
                req("iter", c.iter());
                req("ifs", c.ifs());
                req("is_async", c.isAsync());
                close(null);
            }
            case ExceptHandler h -> {
                open("ExceptHandler");
                opt("type", h.type());
                opt("name", h.name());
                req("body", h.body());
                close(h);
            }
            case Enum<?> en when en instanceof None -> out.append("None");
            case Enum<?> en when en instanceof Ellipsis -> out.append("Ellipsis");
            case Enum<?> en -> out.append(en.name()).append("()");
            case String s -> out.append(reprStr(s));
            case byte[] b -> out.append(reprBytes(b));
            case Boolean b -> out.append(b ? "True" : "False");
            case Double d -> out.append(reprFloat(d));
            case Complex c -> out.append(reprComplex(c));
            case Integer i -> out.append(i);
            case Long l -> out.append(l);
            case java.math.BigInteger b -> out.append(b);
            default -> throw new IllegalArgumentException("cannot dump " + v.getClass());
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                open("FunctionDef");
                req("name", f.name());
                req("args", f.args());
                req("body", f.body());
                req("decorator_list", f.decoratorList());
                opt("returns", f.returns());
                opt("type_comment", f.typeComment());
            }
            case Stmt.AsyncFunctionDef f -> {
                open("AsyncFunctionDef");
                req("name", f.name());
                req("args", f.args());
                req("body", f.body());
                req("decorator_list", f.decoratorList());
                opt("returns", f.returns());
                opt("type_comment", f.typeComment());
            }
            case Stmt.ClassDef c -> {
                open("ClassDef");
                req("name", c.name());
                req("bases", c.bases());
                req("keywords", c.keywords());
                req("body", c.body());
                req("decorator_list", c.decoratorList());
            }
            case Stmt.Return r -> {
                open("Return");
                opt("value", r.value());
            }
            case Stmt.Delete d -> {
                open("Delete");
                req("targets", d.targets());
            }
            case Stmt.Assign a -> {
                open("Assign");
                req("targets", a.targets());
                req("value", a.value());
                opt("type_comment", a.typeComment());
            }
            case Stmt.AugAssign a -> {
                open("AugAssign");
                req("target", a.target());
                req("op", a.op());
                req("value", a.value());
            }
            case Stmt.AnnAssign a -> {
                open("AnnAssign");
                req("target", a.target());
                req("annotation", a.annotation());
                opt("value", a.value());
                req("simple", a.simple());
            }
            case Stmt.For f -> {
                open("For");
                req("target", f.target());
                req("iter", f.iter());
                req("body", f.body());
                req("orelse", f.orelse());
                opt("type_comment", f.typeComment());
            }
            case Stmt.AsyncFor f -> {
                open("AsyncFor");
                req("target", f.target());
                req("iter", f.iter());
                req("body", f.body());
                req("orelse", f.orelse());
                opt("type_comment", f.typeComment());
            }
            case Stmt.While w -> {
                open("While");
                req("test", w.test());
                req("body", w.body());
                req("orelse", w.orelse());
            }
            case Stmt.If i -> {
                open("If");
                req("test", i.test());
                req("body", i.body());
                req("orelse", i.orelse());
            }
            case Stmt.With w -> {
                open("With");
                req("items", w.items());
                req("body", w.body());
                opt("type_comment", w.typeComment());
            }
            case Stmt.AsyncWith w -> {
                open("AsyncWith");
                req("items", w.items());
                req("body", w.body());
                opt("type_comment", w.typeComment());
            }
            case Stmt.Raise r -> {
                open("Raise");
                opt("exc", r.exc());
                opt("cause", r.cause());
            }
            case Stmt.Try tr -> {
                open("Try");
                req("body", tr.body());
                req("handlers", tr.handlers());
                req("orelse", tr.orelse());
                req("finalbody", tr.finalbody());
            }
            case Stmt.TryStar tr -> {
                open("TryStar");
                req("body", tr.body());
                req("handlers", tr.handlers());
                req("orelse", tr.orelse());
                req("finalbody", tr.finalbody());
            }
            case Stmt.Assert a -> {
                open("Assert");
                req("test", a.test());
                opt("msg", a.msg());
            }
            case Stmt.Import i -> {
                open("Import");
                req("names", i.names());
            }
            case Stmt.ImportFrom i -> {
                open("ImportFrom");
                opt("module", i.module());
                req("names", i.names());
                req("level", i.level());
            }
            case Stmt.Global g -> {
                open("Global");
                req("names", g.names());
            }
            case Stmt.Nonlocal n -> {
                open("Nonlocal");
                req("names", n.names());
            }
            case Stmt.Expr e -> {
                open("Expr");
                req("value", e.value());
            }
            case Stmt.Pass x -> open("Pass");
            case Stmt.Break x -> open("Break");
            case Stmt.Continue x -> open("Continue");
        }
        close(s);
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> {
                open("BoolOp");
                req("op", b.op());
                req("values", b.values());
            }
            case Expr.NamedExpr n -> {
                open("NamedExpr");
                req("target", n.target());
                req("value", n.value());
            }
            case Expr.BinOp b -> {
                open("BinOp");
                req("left", b.left());
                req("op", b.op());
                req("right", b.right());
            }
            case Expr.UnaryOp u -> {
                open("UnaryOp");
                req("op", u.op());
                req("operand", u.operand());
            }
            case Expr.Lambda l -> {
                open("Lambda");
                req("args", l.args());
                req("body", l.body());
            }
            case Expr.IfExp i -> {
                open("IfExp");
                req("test", i.test());
                req("body", i.body());
                req("orelse", i.orelse());
            }
            case Expr.Dict d -> {
                open("Dict");
                req("keys", d.keys());
                req("values", d.values());
            }
            case Expr.Set st -> {
                open("Set");
                req("elts", st.elts());
            }
            case Expr.ListComp c -> {
                open("ListComp");
                req("elt", c.elt());
                req("generators", c.generators());
            }
            case Expr.SetComp c -> {
                open("SetComp");
                req("elt", c.elt());
                req("generators", c.generators());
            }
            case Expr.DictComp c -> {
                open("DictComp");
                req("key", c.key());
                req("value", c.value());
                req("generators", c.generators());
            }
            case Expr.GeneratorExp c -> {
                open("GeneratorExp");
                req("elt", c.elt());
                req("generators", c.generators());
            }
            case Expr.Await a -> {
                open("Await");
                req("value", a.value());
            }
            case Expr.Yield y -> {
                open("Yield");
                opt("value", y.value());
            }
            case Expr.YieldFrom y -> {
                open("YieldFrom");
                req("value", y.value());
            }
            case Expr.Compare c -> {
                open("Compare");
                req("left", c.left());
                req("ops", c.ops());
                req("comparators", c.comparators());
            }
            case Expr.Call c -> {
                open("Call");
                req("func", c.func());
                req("args", c.args());
                req("keywords", c.keywords());
            }
            case Expr.FormattedValue f -> {
                open("FormattedValue");
                req("value", f.value());
                req("conversion", f.conversion());
                opt("format_spec", f.formatSpec());
            }
            case Expr.JoinedStr j -> {
                open("JoinedStr");
                req("values", j.values());
            }
            case Expr.Constant c -> {
                open("Constant");
                req("value", c.value());
                opt("kind", c.kind());
            }
            case Expr.Attribute a -> {
                open("Attribute");
                req("value", a.value());
                req("attr", a.attr());
                req("ctx", a.ctx());
            }
            case Expr.Subscript s -> {
                open("Subscript");
                req("value", s.value());
                req("slice", s.slice());
                req("ctx", s.ctx());
            }
            case Expr.Starred s -> {
                open("Starred");
                req("value", s.value());
                req("ctx", s.ctx());
            }
            case Expr.Name n -> {
                open("Name");
                req("id", n.id());
                req("ctx", n.ctx());
            }
            case Expr.List l -> {
                open("List");
                req("elts", l.elts());
                req("ctx", l.ctx());
            }
            case Expr.Tuple tu -> {
                open("Tuple");
                req("elts", tu.elts());
                req("ctx", tu.ctx());
            }
            case Expr.Slice s -> {
                open("Slice");
                opt("lower", s.lower());
                opt("upper", s.upper());
                opt("step", s.step());
            }
        }
        close(e);
    }

    // ---- Python repr ----

    /** Python's repr of a str. */
    public static String reprStr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                b.append((char) cp);
            } else if (!Tokenizer.isPrintable(cp)) {
                if (cp <= 0xff) b.append(String.format("\\x%02x", cp));
                else if (cp <= 0xffff) b.append(String.format("\\u%04x", cp));
                else b.append(String.format("\\U%08x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.append(quote).toString();
    }

    /** Python's repr of a bytes object. */
    public static String reprBytes(byte[] bytes) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : bytes) {
            if (x == '\'') single = true;
            if (x == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder b = new StringBuilder(bytes.length + 3);
        b.append('b').append(quote);
        for (byte x : bytes) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < ' ' || c >= 0x7f) b.append(String.format("\\x%02x", c));
            else b.append((char) c);
        }
        return b.append(quote).toString();
    }

    /** Python's repr of a float: the shortest round-tripping digits, in Python's layout. */
    public static String reprFloat(double d) {
        return formatFloat(d, true);
    }

    private static String formatFloat(double d, boolean addDotZero) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0 ? "-0" : "0") + (addDotZero ? ".0" : "");
        String sign = d < 0 ? "-" : "";
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale(); // value = 0.digits * 10^decpt
        StringBuilder b = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) b.append('.').append(digits, 1, digits.length());
            int exp = decpt - 1;
            b.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) b.append('0');
            b.append(a);
        } else if (decpt <= 0) {
            b.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            b.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDotZero) b.append(".0");
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return b.toString();
    }

    /** The shortest decimal that reads back as {@code d} (the closest one among equally short ones). */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int n = 1; n < 17; n++) {
            BigDecimal r = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) return r.stripTrailingZeros();
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** Python's repr of a complex. */
    public static String reprComplex(Complex c) {
        if (c.real() == 0 && 1 / c.real() > 0) return formatFloat(c.imag(), false) + "j";
        String re = formatFloat(c.real(), false);
        String im = formatFloat(c.imag(), false);
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + re + sign + im + "j)";
    }
}
