package dev.weft.parse.ast;

import java.util.List;

/**
 * ASDL {@code arguments}: a parameter list of def or lambda. {@code defaults} belong to the last
 * {@code defaults.size()} of posonlyargs+args; {@code kwDefaults} is parallel to kwonlyargs and holds
 * null where a keyword-only parameter has no default. vararg/kwarg are null when absent.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
}
