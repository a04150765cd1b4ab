package dev.weft.htm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The tests' own readers of /proc, written independently of the code they check. */
final class ProcFiles {
    private ProcFiles() {}

    /** The first value of "name : value" in /proc/cpuinfo, or null. */
    static String cpuinfo(String name) {
        return read("/proc/cpuinfo").lines()
                .map(l -> l.split(":", 2))
                .filter(kv -> kv.length == 2 && kv[0].trim().equals(name))
                .map(kv -> kv[1].trim())
                .findFirst().orElse(null);
    }

    static Set<String> cpuFlags() {
        return Arrays.stream(cpuinfo("flags").split(" ")).collect(Collectors.toSet());
    }

    /** The permissions ("r-xp") of every /proc/self/maps line overlapping [start, start + size). */
    static List<String> permissions(long start, long size) {
        return read("/proc/self/maps").lines()
                .filter(l -> {
                    String[] range = l.substring(0, l.indexOf(' ')).split("-");
                    long lo = Long.parseUnsignedLong(range[0], 16), hi = Long.parseUnsignedLong(range[1], 16);
                    return lo < start + size && start < hi;
                })
                .map(l -> l.split(" ")[1])
                .toList();
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
