package dev.weft.stm.htm;

/** A transaction body with a result, written once against {@link TxOps} for both modes. */
@FunctionalInterface
public interface TxBody<T> {
    T run(TxOps ops);
}
