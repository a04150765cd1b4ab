package dev.weft.parse.scope;

import dev.weft.parse.PySyntaxError;
import dev.weft.parse.ast.Alias;
import dev.weft.parse.ast.Arg;
import dev.weft.parse.ast.Arguments;
import dev.weft.parse.ast.Comprehension;
import dev.weft.parse.ast.ExceptHandler;
import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.ExprContext;
import dev.weft.parse.ast.Keyword;
import dev.weft.parse.ast.Located;
import dev.weft.parse.ast.Module;
import dev.weft.parse.ast.Stmt;
import dev.weft.parse.ast.WithItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scope analysis, a port of the algorithm of CPython 3.11's symtable.c: a first walk records for
 * every block each name's uses and bindings (DEF_* flags), with the checks CPython makes there
 * (global/nonlocal after use, walrus in comprehensions, duplicate parameters, import * in a
 * function); a second pass resolves every name to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE
 * or CELL by passing the sets of bound and global names down the tree and free names back up.
 * Class bodies do not bind names for their methods, except the implicit {@code __class__} cell
 * that {@code super} and {@code __class__} use.
 *
 * <p>Errors are CPython's SyntaxErrors with its locations (1-based columns counted in UTF-8
 * bytes, as CPython reports them for this phase).
 */
public final class Symtable {
    private final String filename;
    private final Scope top;
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    private String privateName;
    private final boolean futureAnnotations;

    private Symtable(Module m, String filename) {
        this.filename = filename;
        this.top = Scope.top(m);
        this.futureAnnotations = hasFutureAnnotations(m);
    }

    /** Builds the scope tree of {@code module}; returns the module scope. */
    public static Scope build(Module module, String filename) {
        Symtable st = new Symtable(module, filename);
        st.run(module);
        return st.top;
    }

    public static Scope build(Module module) {
        return build(module, "<unknown>");
    }

    private static boolean hasFutureAnnotations(Module m) {
        int i = 0;
        List<Stmt> body = m.body();
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof String) i++;
        for (; i < body.size(); i++) {
            if (body.get(i) instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                for (Alias a : f.names()) if (a.name().equals("annotations")) return true;
            } else {
                break;
            }
        }
        return false;
    }

    private void run(Module m) {
        top.byNode.put(m, top);
        stack.add(top);
        cur = top;
        for (Stmt s : m.body()) stmt(s);
        stack.remove(stack.size() - 1);
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    // ------------------------------------------------------------------------------------------
    // Errors

    private PySyntaxError error(String msg, int lineno, int col) {
        return new PySyntaxError("SyntaxError", msg, filename, lineno, col + 1, null, lineno, 0);
    }

    private PySyntaxError error(String msg, Located at) {
        return new PySyntaxError("SyntaxError", msg, filename, at.lineno(), at.colOffset() + 1, null, at.endLineno(),
                at.endColOffset() + 1);
    }

    // ------------------------------------------------------------------------------------------
    // Pass 1: collect names

    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__")) return name;
        if (name.endsWith("__") || name.indexOf('.') >= 0) return name;
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return name;
        return "_" + privateName.substring(i) + name;
    }

    private int lookup(String name) {
        Integer v = cur.symbols.get(mangle(privateName, name));
        return v == null ? 0 : v;
    }

    private void addDef(String name, int flag, Located loc) {
        addDef(name, flag, cur, loc);
    }

    private void addDef(String name, int flag, Scope ste, Located loc) {
        String mangled = mangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", loc);
            }
            val = old | flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", loc);
            }
            val |= Scope.DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & Scope.DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & Scope.DEF_GLOBAL) != 0) {
            Integer g = top.symbols.get(mangled);
            top.symbols.put(mangled, g == null ? flag : g | flag);
        }
    }

    private void enter(String name, Scope.Type type, Object node, int lineno, int col) {
        Scope s = new Scope(name, type, node, lineno, col, top.byNode);
        Scope prev = cur;
        if (prev.nested || prev.type == Scope.Type.FUNCTION) s.nested = true;
        s.compIterExpr = prev.compIterExpr;
        stack.add(s);
        cur = s;
        if (type == Scope.Type.ANNOTATION) return;
        top.byNode.put(node, s);
        prev.children.add(s);
    }

    private void exit() {
        stack.remove(stack.size() - 1);
        cur = stack.get(stack.size() - 1);
    }

    private void recordDirective(String name, Located loc) {
        cur.directives.add(new Object[] {mangle(privateName, name), loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset()});
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) if (e != null) expr(e);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
            case Stmt.AsyncFunctionDef f -> function(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
            case Stmt.ClassDef c -> {
                addDef(c.name(), Scope.DEF_LOCAL, s);
                exprs(c.bases());
                for (Keyword k : c.keywords()) expr(k.value());
                exprs(c.decoratorList());
                enter(c.name(), Scope.Type.CLASS, s, s.lineno(), s.colOffset());
                String saved = privateName;
                privateName = c.name();
                stmts(c.body());
                privateName = saved;
                exit();
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    int flags = lookup(n.id());
                    if ((flags & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur != top && a.simple() != 0) {
                        String what = (flags & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                        throw error("annotated name '" + n.id() + "' can't be " + what, s);
                    }
                    if (a.simple() != 0) {
                        addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n);
                    } else if (a.value() != null) {
                        addDef(n.id(), Scope.DEF_LOCAL, n);
                    }
                } else {
                    expr(a.target());
                }
                annotation(a.annotation());
                if (a.value() != null) expr(a.value());
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.For f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) withItem(item);
                stmts(w.body());
            }
            case Stmt.AsyncWith w -> {
                for (WithItem item : w.items()) withItem(item);
                stmts(w.body());
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                    if (r.cause() != null) expr(r.cause());
                }
            }
            case Stmt.Try t -> tryBody(t.body(), t.orelse(), t.handlers(), t.finalbody());
            case Stmt.TryStar t -> tryBody(t.body(), t.orelse(), t.handlers(), t.finalbody());
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) expr(a.msg());
            }
            case Stmt.Import i -> {
                for (Alias a : i.names()) alias(a);
            }
            case Stmt.ImportFrom i -> {
                for (Alias a : i.names()) alias(a);
            }
            case Stmt.Global g -> declare(s, g.names(), true);
            case Stmt.Nonlocal n -> declare(s, n.names(), false);
            case Stmt.Expr e -> expr(e.value());
            case Stmt.Pass x -> {
            }
            case Stmt.Break x -> {
            }
            case Stmt.Continue x -> {
            }
        }
    }

    private void tryBody(List<Stmt> body, List<Stmt> orelse, List<ExceptHandler> handlers, List<Stmt> finalbody) {
        stmts(body);
        stmts(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) expr(h.type());
            if (h.name() != null) addDef(h.name(), Scope.DEF_LOCAL, h);
            stmts(h.body());
        }
        stmts(finalbody);
    }

    private void declare(Stmt s, List<String> names, boolean global) {
        String what = global ? "global" : "nonlocal";
        for (String name : names) {
            int cur = lookup(name);
            if ((cur & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                String msg;
                if ((cur & Scope.DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and " + what;
                else if ((cur & Scope.USE) != 0) msg = "name '" + name + "' is used prior to " + what + " declaration";
                else if ((cur & Scope.DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + what;
                else msg = "name '" + name + "' is assigned to before " + what + " declaration";
                throw error(msg, s);
            }
            addDef(name, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, s);
            recordDirective(name, s);
        }
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
            boolean async) {
        addDef(name, Scope.DEF_LOCAL, s);
        exprs(args.defaults());
        exprs(args.kwDefaults());
        annotations(s, args, returns);
        exprs(decorators);
        enter(name, Scope.Type.FUNCTION, s, s.lineno(), s.colOffset());
        if (async) cur.coroutine = true;
        arguments(args);
        stmts(body);
        exit();
    }

    private void annotations(Stmt s, Arguments a, Expr returns) {
        if (futureAnnotations) enter("_annotation", Scope.Type.ANNOTATION, s, s.lineno(), s.colOffset());
        for (Arg x : a.posonlyargs()) if (x.annotation() != null) expr(x.annotation());
        for (Arg x : a.args()) if (x.annotation() != null) expr(x.annotation());
        if (a.vararg() != null && a.vararg().annotation() != null) expr(a.vararg().annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) expr(a.kwarg().annotation());
        for (Arg x : a.kwonlyargs()) if (x.annotation() != null) expr(x.annotation());
        if (futureAnnotations) exit();
        if (returns != null) annotation(returns);
    }

    private void annotation(Expr e) {
        if (futureAnnotations) enter("_annotation", Scope.Type.ANNOTATION, e, e.lineno(), e.colOffset());
        expr(e);
        if (futureAnnotations) exit();
    }

    private void arguments(Arguments a) {
        for (Arg x : a.posonlyargs()) addDef(x.arg(), Scope.DEF_PARAM, x);
        for (Arg x : a.args()) addDef(x.arg(), Scope.DEF_PARAM, x);
        for (Arg x : a.kwonlyargs()) addDef(x.arg(), Scope.DEF_PARAM, x);
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), Scope.DEF_PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), Scope.DEF_PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    private void withItem(WithItem item) {
        expr(item.contextExpr());
        if (item.optionalVars() != null) expr(item.optionalVars());
    }

    private void alias(Alias a) {
        String name = a.asname() == null ? a.name() : a.asname();
        int dot = name.indexOf('.');
        String store = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            addDef(store, Scope.DEF_IMPORT, a);
        } else if (cur.type != Scope.Type.MODULE) {
            throw error("import * only allowed at module level", a);
        }
    }

    private void notInAnnotation(String what, Expr e) {
        if (cur.type == Scope.Type.ANNOTATION) throw error("'" + what + "' can not be used within an annotation", e);
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                notInAnnotation("named expression", e);
                namedExpr(n);
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                exprs(l.args().defaults());
                exprs(l.args().kwDefaults());
                enter("lambda", Scope.Type.FUNCTION, e, e.lineno(), e.colOffset());
                arguments(l.args());
                expr(l.body());
                exit();
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                exprs(d.keys());
                exprs(d.values());
            }
            case Expr.Set s -> exprs(s.elts());
            case Expr.GeneratorExp g -> comprehension(e, "genexpr", g.generators(), g.elt(), null, Scope.Comprehension.GENERATOR);
            case Expr.ListComp c -> comprehension(e, "listcomp", c.generators(), c.elt(), null, Scope.Comprehension.LIST);
            case Expr.SetComp c -> comprehension(e, "setcomp", c.generators(), c.elt(), null, Scope.Comprehension.SET);
            case Expr.DictComp c -> comprehension(e, "dictcomp", c.generators(), c.key(), c.value(), Scope.Comprehension.DICT);
            case Expr.Yield y -> {
                notInAnnotation("yield expression", e);
                if (y.value() != null) expr(y.value());
                yielded(e);
            }
            case Expr.YieldFrom y -> {
                notInAnnotation("yield expression", e);
                expr(y.value());
                yielded(e);
            }
            case Expr.Await a -> {
                notInAnnotation("await expression", e);
                expr(a.value());
                cur.coroutine = true;
            }
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) expr(k.value());
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) expr(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) expr(s.lower());
                if (s.upper() != null) expr(s.upper());
                if (s.step() != null) expr(s.step());
            }
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == ExprContext.Load ? Scope.USE : Scope.DEF_LOCAL, n);
                if (n.ctx() == ExprContext.Load && cur.type == Scope.Type.FUNCTION && n.id().equals("super")) {
                    addDef("__class__", Scope.USE, n);
                }
            }
            case Expr.List l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
        }
    }

    private void yielded(Expr e) {
        cur.generator = true;
        if (cur.comprehension != Scope.Comprehension.NONE) {
            String where = switch (cur.comprehension) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                default -> "generator expression";
            };
            throw error("'yield' inside " + where, e);
        }
    }

    private void namedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", n);
        }
        if (cur.comprehension != Scope.Comprehension.NONE) extendNamedExprScope((Expr.Name) n.target());
        expr(n.value());
        expr(n.target());
    }

    /** A walrus inside a comprehension binds in the nearest enclosing function or module scope. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.comprehension != Scope.Comprehension.NONE) {
                Integer in = ste.symbols.get(mangle(privateName, name));
                if (in != null && (in & Scope.DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'", target);
                }
                continue;
            }
            if (ste.type == Scope.Type.FUNCTION) {
                Integer in = ste.symbols.get(mangle(privateName, name));
                if (in != null && (in & Scope.DEF_GLOBAL) != 0) addDef(name, Scope.DEF_GLOBAL, target);
                else addDef(name, Scope.DEF_NONLOCAL, target);
                recordDirective(name, target);
                addDef(name, Scope.DEF_LOCAL, ste, target);
                return;
            }
            if (ste.type == Scope.Type.MODULE) {
                addDef(name, Scope.DEF_GLOBAL, target);
                recordDirective(name, target);
                addDef(name, Scope.DEF_GLOBAL, ste, target);
                return;
            }
            if (ste.type == Scope.Type.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", target);
            }
        }
    }

    private void comprehension(Expr e, String name, List<Comprehension> generators, Expr elt, Expr value,
            Scope.Comprehension kind) {
        boolean isGenerator = kind == Scope.Comprehension.GENERATOR;
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        expr(outermost.iter());
        cur.compIterExpr--;
        enter(name, Scope.Type.FUNCTION, e, e.lineno(), e.colOffset());
        cur.comprehension = kind;
        if (outermost.isAsync() != 0) cur.coroutine = true;
        addDef(".0", Scope.DEF_PARAM, e);
        cur.compIterTarget = true;
        expr(outermost.target());
        cur.compIterTarget = false;
        exprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension c = generators.get(i);
            cur.compIterTarget = true;
            expr(c.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            expr(c.iter());
            cur.compIterExpr--;
            exprs(c.ifs());
            if (c.isAsync() != 0) cur.coroutine = true;
        }
        if (value != null) expr(value);
        expr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exit();
        if (isAsync) cur.coroutine = true;
    }

    // ------------------------------------------------------------------------------------------
    // Pass 2: resolve

    private void analyzeName(Scope ste, Map<String, Scope.Kind> scopes, String name, int flags, Set<String> bound,
            Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            scopes.put(name, Scope.Kind.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null) throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.contains(name)) throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            scopes.put(name, Scope.Kind.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            scopes.put(name, Scope.Kind.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, Scope.Kind.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, Scope.Kind.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) ste.free = true;
        scopes.put(name, Scope.Kind.GLOBAL_IMPLICIT);
    }

    private PySyntaxError errorAtDirective(Scope ste, String name, String msg) {
        for (Object[] d : ste.directives) {
            if (d[0].equals(name)) {
                return new PySyntaxError("SyntaxError", msg, filename, (int) d[1], (int) d[2] + 1, null, (int) d[3], (int) d[4] + 1);
            }
        }
        return new PySyntaxError("SyntaxError", msg, filename, ste.lineno, 0, null, ste.lineno, 0);
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Scope.Kind> scopes = new java.util.HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (ste.type == Scope.Type.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> en : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, en.getKey(), en.getValue(), bound, local, free, global);
        }
        if (ste.type != Scope.Type.CLASS) {
            if (ste.type == Scope.Type.FUNCTION) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope c : ste.children) {
            Set<String> tempBound = new HashSet<>(newBound);
            Set<String> tempFree = new HashSet<>(newFree);
            Set<String> tempGlobal = new HashSet<>(newGlobal);
            analyzeBlock(c, tempBound, tempFree, tempGlobal);
            allFree.addAll(tempFree);
            if (c.free || c.childFree) ste.childFree = true;
        }
        newFree.addAll(allFree);
        if (ste.type == Scope.Type.FUNCTION) {
            for (Map.Entry<String, Scope.Kind> en : scopes.entrySet()) {
                if (en.getValue() == Scope.Kind.LOCAL && newFree.contains(en.getKey())) {
                    en.setValue(Scope.Kind.CELL);
                    newFree.remove(en.getKey());
                }
            }
        } else if (ste.type == Scope.Type.CLASS) {
            if (newFree.remove("__class__")) ste.needsClassClosure = true;
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, ste.type == Scope.Type.CLASS);
        free.addAll(newFree);
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Scope.Kind> scopes, Set<String> bound,
            Set<String> free, boolean classFlag) {
        for (Map.Entry<String, Integer> en : symbols.entrySet()) {
            Scope.Kind k = scopes.get(en.getKey());
            en.setValue(en.getValue() | (k.ordinal() << Scope.SCOPE_OFF));
        }
        List<String> names = new ArrayList<>(free);
        for (String name : names) {
            Integer v = symbols.get(name);
            if (v != null) {
                if (classFlag && (v & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    symbols.put(name, v | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            symbols.put(name, Scope.Kind.FREE.ordinal() << Scope.SCOPE_OFF);
        }
    }
}
