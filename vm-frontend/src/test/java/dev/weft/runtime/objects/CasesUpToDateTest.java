package dev.weft.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The committed cases.txt is what gen_cases.py makes under CPython 3.11 today: regenerates it
 * when such a python3 is on the PATH (and skips otherwise), so the expectations never drift
 * from CPython nor get edited by hand.
 */
class CasesUpToDateTest {

    @Test
    void committedCasesAreWhatCPythonSays() throws Exception {
        Path dir = Path.of("src/test/resources/runtime/objects");
        assumeTrue(Files.isRegularFile(dir.resolve("gen_cases.py")), "run from the vm-frontend module");
        String version = run(dir, "python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))");
        assumeTrue(version != null && version.strip().equals("True"), "CPython 3.11 is not on the PATH");
        String fresh = run(dir, "python3", "gen_cases.py");
        String committed;
        try (InputStream in = getClass().getResourceAsStream("/runtime/objects/cases.txt")) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(committed.strip(), fresh.strip(), "regenerate: cd " + dir + " && python3 gen_cases.py > cases.txt");
    }

    /** The output of a command, or null when it cannot run. */
    private static String run(Path dir, String... command) throws InterruptedException {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false);
            pb.environment().put("PYTHONHASHSEED", "0");
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
