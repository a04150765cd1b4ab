package dev.weft.parse.ast;

/** The value of an imaginary literal such as {@code 2j}: the parser always produces real == 0.0, as CPython does. */
public record Complex(double real, double imag) {
}
