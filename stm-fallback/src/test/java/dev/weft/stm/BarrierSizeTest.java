package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.Attributes;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.MethodModel;
import org.junit.jupiter.api.Test;

/**
 * The read barrier's slow path stays small enough for C2 to inline where it is hot: 325
 * bytes of bytecode (FreqInlineSize, a product default). Past that it is always a call;
 * when it grew to 354 bytes with the read filter's second slot, richards_threads with every
 * read logged ran 5-9% slower in three rounds out of three, and level again once it was
 * brought back to 324 (docs/benchmarks.md, "A read filter that forgets less").
 */
class BarrierSizeTest {
    private static final int FREQ_INLINE_SIZE = 325;

    private static int codeLength(Class<?> c, String method) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            ClassModel model = ClassFile.of().parse(in.readAllBytes());
            for (MethodModel m : model.methods()) {
                if (m.methodName().equalsString(method)) {
                    return m.findAttribute(Attributes.code()).map(CodeAttribute::codeLength).orElseThrow();
                }
            }
        }
        throw new AssertionError("no method " + method + " in " + c);
    }

    @Test
    void readLoggedStaysInlinable() throws IOException {
        int n = codeLength(TxContext.class, "readLogged");
        assertTrue(n <= FREQ_INLINE_SIZE, "TxContext.readLogged is " + n + " bytes of bytecode; C2 inlines a hot method of at most " + FREQ_INLINE_SIZE);
    }
}
