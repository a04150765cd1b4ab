package dev.weft.interp;

/**
 * Every linked {@link Code}, by index (a function object holds its code's index). Linking
 * appends under the VM's lock; any thread reads without one: the array is replaced, never
 * changed in place, when it grows, and an index reaches another thread only through the heap,
 * after the linking thread's commit.
 */
final class CodeTable {
    private volatile dev.weft.compile.Code[] codes = new dev.weft.compile.Code[256];
    private int size;

    dev.weft.compile.Code get(int i) {
        return codes[i];
    }

    /** Appends c (the caller holds the VM's lock) and answers its index. */
    int add(dev.weft.compile.Code c) {
        dev.weft.compile.Code[] a = codes;
        if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
        a[size] = c;
        codes = a; // publishes the element too (a volatile write after it)
        return size++;
    }

    int size() {
        return size;
    }
}
