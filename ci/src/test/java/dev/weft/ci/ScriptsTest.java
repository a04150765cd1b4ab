package dev.weft.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/weft} run as a user runs it: the JDK search ({@code JAVA_HOME}, else the JDK
 * folder) and its one-line failure, and {@code weft cpu} through the shaded jar with the RTM
 * shim inside. Maven runs this module after vm-frontend is packaged; the jar's time is set to
 * now so that {@code bin/weft} takes it as fresh and never starts a build from inside a test
 * (a source edited since the last package would otherwise make it build).
 */
class ScriptsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path tmp;

    @BeforeAll
    static void theJarOfThisBuildIsFresh() throws IOException {
        Path jar = ROOT.resolve("vm-frontend/target/weft.jar");
        assertTrue(Files.isRegularFile(jar), jar + " missing: run the tests through Maven (bin/test)");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
    }

    /** The links point outside the temporary folder; JUnit warns when it has to remove them. */
    @AfterEach
    void removeLinks() throws IOException {
        Path root = tmp.resolve("jvm");
        if (Files.isDirectory(root)) {
            try (var links = Files.list(root)) {
                for (Path link : links.toList()) Files.delete(link);
            }
        }
    }

    record Run(int status, String out, String err) {}

    private static Run run(Map<String, String> env, String... args) throws Exception {
        var command = new java.util.ArrayList<String>();
        command.add(ROOT.resolve("bin/weft").toString());
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().put("WEFT_AOT", "0"); // the start-up cache has a test of its own
        builder.environment().putAll(env);
        Path out = Files.createTempFile("weft-out", ".txt"), err = Files.createTempFile("weft-err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/weft did not finish");
        var result = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** A folder that looks like a JDK of {@code version} to bin/lib/env.sh, but is not one. */
    private Path fakeJdk(String name, String version) throws IOException {
        Path home = tmp.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        for (String tool : List.of("java", "javac")) {
            Path f = Files.writeString(home.resolve("bin").resolve(tool), "#!/bin/sh\necho fake >&2; exit 99\n");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    @Test
    void cpuRunsThroughTheJarAndNamesThisCpusVendor() throws Exception {
        Run r = run(Map.of());
        assertEquals(0, r.status(), r.err());
        r = run(Map.of(), "cpu");
        assertEquals(0, r.status(), r.err());
        String vendor = Files.readString(Path.of("/proc/cpuinfo")).lines()
                .filter(l -> l.startsWith("vendor_id")).findFirst().orElseThrow().split(":", 2)[1].trim();
        assertEquals("vendor: " + vendor, r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().contains("\nrtm usable: "), r.out());
        // the jar's manifest exports jdk.internal.misc to it (RawMemory)
        assertTrue(r.out().contains("\nheap access: unsafe\n"), r.out());
    }

    @Test
    void theFirstRunAfterABuildMakesTheStartUpCacheAndLaterRunsUseIt() throws Exception {
        Path jar = ROOT.resolve("vm-frontend/target/weft.jar");
        Path aot = ROOT.resolve("vm-frontend/target/weft.aot");
        Files.deleteIfExists(aot);
        Path prog = Files.writeString(tmp.resolve("p.py"), "import re\nprint(sum(int(d) for d in re.findall('[0-9]', 'a1b22c333')))\n");

        Run first = run(Map.of("WEFT_AOT", "1"), "run", prog.toString());
        assertEquals(0, first.status(), first.err());
        assertEquals("14\n", first.out());
        assertTrue(first.err().contains("making the start-up cache"), first.err());
        assertFalse(first.err().contains("could not"), first.err());
        assertTrue(Files.isRegularFile(aot), "no " + aot);
        assertTrue(Files.getLastModifiedTime(aot).compareTo(Files.getLastModifiedTime(jar)) >= 0);

        Run second = run(Map.of("WEFT_AOT", "1"), "run", prog.toString());
        assertEquals(0, second.status(), second.err());
        assertEquals("14\n", second.out());
        assertEquals("", second.err()); // the cache is taken as it is: not made again, no JVM warning
    }

    @Test
    void withoutAJdk25ItStopsWithOneLineSayingWhatIsMissing() throws Exception {
        Path old = fakeJdk("jdk-17", "17.0.15");
        Path root = Files.createDirectories(tmp.resolve("jvm"));
        Files.createSymbolicLink(root.resolve("jdk-17"), old);

        Run r = run(Map.of("JAVA_HOME", old.toString(), "WEFT_JDK_ROOT", root.toString()), "cpu");

        assertEquals(1, r.status());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("weft: no JDK 25 or newer found"), lines.get(0));
        assertTrue(lines.get(0).contains("JAVA_HOME"), lines.get(0));
    }

    @Test
    void anOldJavaHomeIsPassedOverForAJdk25InTheJdkFolder() throws Exception {
        Path old = fakeJdk("jdk-17", "17.0.15");
        Path root = Files.createDirectories(tmp.resolve("jvm"));
        Files.createSymbolicLink(root.resolve("a-jdk-17"), old);
        Files.createSymbolicLink(root.resolve("b-this-jdk"), Path.of(System.getProperty("java.home")));

        Run r = run(Map.of("JAVA_HOME", old.toString(), "WEFT_JDK_ROOT", root.toString()), "help");

        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("usage: weft"), r.out());
    }

    @Test
    void aFakeJdk25WouldBeRunSoTheSearchReallyReadsTheReleaseFile() throws Exception {
        Path fake = fakeJdk("jdk-25-fake", "25.0.1");
        Run r = run(Map.of("JAVA_HOME", fake.toString(), "WEFT_JDK_ROOT", tmp.resolve("none").toString()), "help");
        assertEquals(99, r.status());
        assertEquals("fake\n", r.err());
    }
}
