package dev.weft.interp;

import dev.weft.runtime.BuiltinCode;
import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;

/**
 * The standard modules written in Java, registered with {@link Imports} (made on first import,
 * as immortal objects), and {@link Builder}, the small API each one uses to fill its dict. The
 * standard modules written in Python are resources under {@code dev/weft/lib/}.
 */
final class StdModules {
    private StdModules() {}

    static void register(Vm vm, Imports imports) {
        imports.registerBuiltin("math", in -> MathModule.make(vm));
        imports.registerBuiltin("cmath", in -> CmathModule.make(vm));
        imports.registerBuiltin("time", in -> TimeModule.make(vm));
        imports.registerBuiltin("_random", in -> RandomModule.make(vm));
        imports.registerBuiltin("_re", in -> ReModule.make(vm));
        imports.registerBuiltin("_json", in -> JsonModule.make(vm));
        imports.registerBuiltin("_struct", in -> StructModule.make(vm));
        imports.registerBuiltin("posix", in -> OsModule.make(vm));
        imports.registerBuiltin("_thread", in -> ThreadModule.make(vm));
        imports.registerBuiltin("_transaction", in -> TransactionModule.make(vm));
    }

    /** Fills one module's dict: {@code b.fn("sqrt", 1, 1, body)}, {@code b.put("pi", word)}. */
    static final class Builder {
        final Vm vm;
        final Mem m;
        final Ctx c;
        final long module;
        private final long dict;

        Builder(Vm vm, String name) {
            this.vm = vm;
            this.m = vm.immortalMem();
            this.c = vm.immortalCtx();
            this.module = vm.newModule(m, c, name, null);
            this.dict = m.get(module, Layouts.MOD_DICT);
        }

        void put(String name, long value) {
            H.dictPut(c, dict, vm.intern(name), value);
        }

        /** A function taking min..max positional arguments (and keywords if {@code kw}). */
        void fn(String name, int min, int max, boolean kw, BuiltinCode body) {
            put(name, vm.builtinFunction(name, min, max, kw, body));
        }
    }

    /** Makes a module with {@code fill} inside an immortal transaction. */
    static long make(Vm vm, String name, java.util.function.Consumer<Builder> fill) {
        return vm.immortal(() -> {
            Builder b = new Builder(vm, name);
            fill.accept(b);
            return b.module;
        });
    }
}
