package dev.weft.stm.htm;

import dev.weft.stm.TxContext;

/** {@link TxOps} over a software transaction: each barrier is {@link TxContext}'s own. */
public final class SoftwareOps implements TxOps {
    private final TxContext tx;

    public SoftwareOps(TxContext tx) {
        this.tx = tx;
    }

    @Override
    public long read(long obj, int i) {
        return tx.read(obj, i);
    }

    @Override
    public void write(long obj, int i, long value) {
        tx.write(obj, i, value);
    }

    @Override
    public long readImmutable(long obj, int i) {
        return tx.readImmutable(obj, i);
    }

    @Override
    public long allocate(int type, int fields) {
        return tx.allocate(type, fields);
    }

    @Override
    public boolean isHardware() {
        return false;
    }
}
