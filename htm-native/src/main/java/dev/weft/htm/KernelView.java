package dev.weft.htm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the Linux kernel says about TSX, as {@link RtmSelfTest} needs it: the TAA
 * vulnerability file, the kernel command line, and the CPU flags of /proc/cpuinfo. A value is
 * {@code null} when the file is missing or unreadable (old kernels, containers).
 * {@link #read(Path)} takes the root to read under, so tests give it a fake tree; tests of
 * the decision build one with the constructor.
 *
 * @param tsxAsyncAbort contents of /sys/devices/system/cpu/vulnerabilities/tsx_async_abort
 * @param cmdline contents of /proc/cmdline
 * @param cpuFlags the words of the first "flags" line of /proc/cpuinfo
 */
public record KernelView(String tsxAsyncAbort, String cmdline, Set<String> cpuFlags) {

    public static KernelView read() {
        return read(Path.of("/"));
    }

    public static KernelView read(Path root) {
        String cpuinfo = readOrNull(root.resolve("proc/cpuinfo"));
        return new KernelView(
                readOrNull(root.resolve("sys/devices/system/cpu/vulnerabilities/tsx_async_abort")),
                readOrNull(root.resolve("proc/cmdline")),
                cpuinfo == null ? null : flags(cpuinfo));
    }

    /** True when the kernel reports that it switched TSX off, or was told to. */
    public boolean tsxDisabled() {
        return (tsxAsyncAbort != null && tsxAsyncAbort.contains("TSX disabled"))
                || (cmdline != null && Arrays.asList(cmdline.trim().split("\\s+")).contains("tsx=off"));
    }

    private static Set<String> flags(String cpuinfo) {
        return cpuinfo.lines()
                .filter(l -> l.startsWith("flags") && l.contains(":"))
                .findFirst()
                .map(l -> Arrays.stream(l.substring(l.indexOf(':') + 1).trim().split("\\s+")).collect(Collectors.toSet()))
                .orElse(null);
    }

    private static String readOrNull(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
