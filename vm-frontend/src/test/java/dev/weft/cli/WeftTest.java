package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.htm.CpuFeatures;
import dev.weft.htm.LibC;
import dev.weft.htm.Rtm;
import dev.weft.htm.RtmSelfTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeftTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int weft(String... args) {
        return Weft.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The "key: value" lines of the output. */
    private Map<String, String> report() {
        Map<String, String> map = new LinkedHashMap<>();
        out.toString(StandardCharsets.UTF_8).lines().forEach(l -> {
            int colon = l.indexOf(": ");
            map.put(l.substring(0, colon), l.substring(colon + 2));
        });
        return map;
    }

    @Test
    void cpuReportsWhatProcCpuinfoAndSysconfSay() throws IOException {
        assertEquals(0, weft("cpu"), err.toString());
        Map<String, String> r = report();
        String cpuinfo = Files.readString(Path.of("/proc/cpuinfo"));
        List<String> flags = Arrays.asList(field(cpuinfo, "flags").split(" "));

        assertEquals(List.of("vendor", "model", "family/model/stepping", "rtm listed", "rtm usable", "hle", "avx2",
                "rtm_always_abort", "cache line", "l1d", "heap access"), List.copyOf(r.keySet()));
        // the tests' JVM exports jdk.internal.misc to Weft, as the jar's manifest does
        assertEquals("unsafe", r.get("heap access"));
        assertEquals(field(cpuinfo, "vendor_id"), r.get("vendor"));
        assertEquals(field(cpuinfo, "model name"), r.get("model"));
        assertEquals(field(cpuinfo, "cpu family") + "/" + field(cpuinfo, "model") + "/" + field(cpuinfo, "stepping"),
                r.get("family/model/stepping"));
        assertEquals(flags.contains("avx2") ? "yes" : "no", r.get("avx2"));
        CpuFeatures cpu = CpuFeatures.detect();
        assertEquals(cpu.rtm() ? "yes" : "no", r.get("rtm listed"));
        assertEquals(cpu.hle() ? "yes" : "no", r.get("hle"));
        assertEquals(cpu.rtmAlwaysAbort() ? "yes" : "no", r.get("rtm_always_abort"));
        if (flags.contains("rtm")) assertEquals("yes", r.get("rtm listed"));

        RtmSelfTest.Result verdict = Rtm.selfTest();
        String usable = r.get("rtm usable");
        if (verdict.usable()) {
            assertTrue(usable.startsWith("yes"), usable);
        } else {
            assertTrue(usable.startsWith("no: " + verdict.reason() + " ("), usable);
        }
        if (!cpu.rtm()) assertTrue(usable.startsWith("no: NOT_LISTED") || usable.startsWith("no: DISABLED_BY_KERNEL"), usable);

        long line = LibC.sysconf(LibC._SC_LEVEL1_DCACHE_LINESIZE);
        assertEquals(field(cpuinfo, "clflush size") + " bytes (sysconf: " + (line > 0 ? line + " bytes" : "unknown") + ")",
                r.get("cache line"));
        long l1d = LibC.sysconf(LibC._SC_LEVEL1_DCACHE_SIZE);
        if (l1d > 0) assertEquals(l1d / 1024 + " KiB (sysconf: " + l1d / 1024 + " KiB)", r.get("l1d"));
    }

    /**
     * Assigning a function's __code__ or a class's __bases__ (CPython allows both) says that
     * weft does not support it, rather than storing it where nothing reads it: those fields
     * (and a function's globals and closure, a class's MRO and dict) never change once made,
     * which is why they are read without a barrier.
     */
    @Test
    void assigningAFunctionsCodeOrAClasssBasesSaysItIsNotSupported(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path prog = Files.writeString(dir.resolve("code.py"), """
                def f(): return 1
                try:
                    f.__code__ = (lambda: 2).__code__
                except NotImplementedError as e:
                    print("NotImplementedError:", e)
                print(f())
                class A: x = 1
                class B: x = 2
                class C(A): pass
                try:
                    C.__bases__ = (B,)
                except NotImplementedError as e:
                    print("NotImplementedError:", e)
                print(C.x, C.__bases__ == (A,))
                """);
        assertEquals(0, weft("run", "--tm=stm", prog.toString()), err.toString());
        assertEquals("NotImplementedError: weft does not support assigning a function's __code__; define a new function instead\n1\n"
                + "NotImplementedError: weft does not support assigning a class's __bases__; define a new class instead\n1 True\n",
                out.toString(StandardCharsets.UTF_8));
    }

    /**
     * The stdin stream belongs to whoever runs weft (an embedding program, the test runner):
     * closing sys.stdin, and the program's end, close the Python file and leave the stream open.
     */
    @Test
    void closingStdinLeavesTheEmbeddersStreamOpen(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path prog = Files.writeString(dir.resolve("stdin.py"), """
                import sys
                print(sys.stdin.readline().strip())
                sys.stdin.close()
                try:
                    sys.stdin.readline()
                except ValueError as e:
                    print("ValueError:", e)
                """);
        boolean[] closed = {false};
        java.io.InputStream in = new java.io.ByteArrayInputStream("first\nsecond\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        int status = Weft.run(new String[] {"run", prog.toString()}, in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString());
        assertEquals("first\nValueError: I/O operation on closed file.\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(false, closed[0], "the embedder's stdin was closed");
    }

    @Test
    void cpuTakesNoArguments() {
        assertEquals(2, weft("cpu", "--verbose"));
        assertTrue(err.toString().contains("takes no arguments"));
    }

    @Test
    void helpListsCpu() {
        assertEquals(0, weft("help"));
        assertTrue(out.toString().contains("  cpu "));
        assertEquals(0, weft());
    }

    @Test
    void unknownCommandsFailWithStatus2() {
        assertEquals(2, weft("frobnicate"));
        assertEquals("weft: unknown command 'frobnicate' (try 'weft help')\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void commandsOfLaterIssuesSaySoWithStatus2() {
        assertEquals(2, weft("compare"));
        assertEquals("weft: 'compare' is not implemented yet (today: 'weft run', 'weft tm-report' and 'weft cpu')\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void runWithoutAProgramOrWithABadOptionFailsWithStatus2() {
        assertEquals(2, weft("run"));
        assertEquals("weft: run needs a program: weft run [options] prog.py [args]\n", err.toString());
        err.reset();
        assertEquals(2, weft("run", "--tm=lock", "p.py"));
        assertEquals("weft: --tm must be one of auto, stm, htm, emulate, gil (not 'lock')\n", err.toString());
        err.reset();
        assertEquals(2, weft("run", "--frob", "p.py"));
        assertEquals("weft: unknown option '--frob' for run (try 'weft help')\n", err.toString());
        assertEquals("", out.toString());
    }

    private static String field(String cpuinfo, String name) {
        return cpuinfo.lines().map(l -> l.split(":", 2))
                .filter(kv -> kv.length == 2 && kv[0].trim().equals(name))
                .map(kv -> kv[1].trim()).findFirst().orElseThrow();
    }
}
