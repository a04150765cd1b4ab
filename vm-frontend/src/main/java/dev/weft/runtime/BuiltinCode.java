package dev.weft.runtime;

/**
 * The body of a built-in function or method. {@code args[0 .. argc)} are the positional
 * arguments (for a method, {@code args[0]} is self), then {@code kwnames.length} keyword
 * arguments, named by {@code kwnames} in order (kwnames is empty, never null, when there are
 * none). The array may be longer than the arguments: read only what is given. Answers the
 * result word (NONE for "no result"); raises with {@link PyException}.
 */
@FunctionalInterface
public interface BuiltinCode {
    long call(Ctx ctx, long[] args, int argc, String[] kwnames);
}
