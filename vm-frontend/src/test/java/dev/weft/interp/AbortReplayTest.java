package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.cli.TmLog;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transactions that abort are re-run invisibly: a program that mutates lists, dicts, object
 * attributes, closures and generators prints the same under the GIL (no transaction ever
 * aborts) as under the TM with aborts injected at random, and --stats shows that many
 * transactions did abort, so the replay (heap undo and frame checkpoints) was exercised.
 */
class AbortReplayTest {
    @TempDir
    Path dir;

    static final String PROGRAM = """
            class Acc:
                def __init__(self):
                    self.total = 0
                    self.log = []
                def add(self, x):
                    self.total += x
                    if x % 97 == 0:
                        self.log.append(x)
            def counter():
                n = 0
                def step():
                    nonlocal n
                    n += 1
                    return n
                return step
            def gen(k):
                for i in range(k):
                    yield i * i
            acc = Acc()
            seen = {}
            step = counter()
            for i in range(20000):
                acc.add(i)
                seen[i % 13] = seen.get(i % 13, 0) + step()
                if i % 1000 == 0:
                    acc.add(sum(gen(50)))
                    print(i, acc.total, len(acc.log))
            try:
                for i in range(5000):
                    if i == 4321:
                        raise ValueError(i)
                    acc.add(i)
            except ValueError as e:
                print('stopped at', e.args[0], acc.total)
            print(sorted(seen.items())[:5], step())
            """;

    private String[] run(String... options) throws Exception {
        return StatsRun.run(dir.resolve("prog.py"), PROGRAM, options);
    }

    @Test
    void injectedAbortsChangeNothingTheProgramSees() throws Exception {
        String[] gil = run("--tm=gil");
        String[] injected = run("--tm=stm", "--inject-aborts=0.01", "--heap=16m");
        assertEquals(gil[0], injected[0]);
        Matcher m = Pattern.compile("(\\d+) aborted").matcher(injected[1]);
        assertTrue(m.find(), injected[1]);
        assertTrue(Long.parseLong(m.group(1)) > 100, "too few aborts to show anything: " + injected[1]);
        assertTrue(gil[1].contains(" 0 aborted"), gil[1]);
    }

    /**
     * A retry is the same transaction again: it keeps its age (so one that keeps losing
     * becomes the oldest) and counts its attempts, which the conflict log records. With
     * aborts injected often, some transaction aborts twice in a row, and its second record
     * says attempt 2; were every retry begun as a new transaction, each would say 1.
     */
    @Test
    void retriesCountTheirAttemptsInTheConflictLog() throws Exception {
        Path log = dir.resolve("tm.log");
        String[] gil = run("--tm=gil");
        String[] injected = run("--tm=stm", "--inject-aborts=0.05", "--heap=16m", "--tm-log=" + log);
        assertEquals(gil[0], injected[0]);
        List<TmLog.Conflict> aborts = TmLog.read(log).conflicts.stream().filter(c -> !c.waited()).toList();
        assertTrue(aborts.size() > 100, "too few aborts to show anything: " + aborts.size());
        long most = aborts.stream().mapToLong(TmLog.Conflict::attempt).max().orElse(0);
        assertTrue(aborts.stream().allMatch(c -> c.attempt() >= 1), "every record says its attempt");
        assertTrue(most >= 2, "no transaction aborted twice in a row, or its retry counted as a new one: most " + most);
    }
}
