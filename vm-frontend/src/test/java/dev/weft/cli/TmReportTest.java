package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test writes the conflict logs itself, standing in for the VM, with numbers chosen so that
 * the expected ranking and totals follow from them.
 */
class TmReportTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int report(String... args) {
        return TmReport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path log(String... lines) throws IOException {
        Path p = dir.resolve("tm.log");
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    private static String str(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String frame(Object file, int line, String function) {
        return "[" + str(file.toString()) + "," + line + "," + str(function) + "]";
    }

    private static String tb(String... frames) {
        return "[" + String.join(",", frames) + "]";
    }

    private static String abort(String cause, String type, int thread, int other, long lostNs, String access, String otherAccess,
            String here, String there) {
        return "{\"kind\":\"abort\",\"cause\":" + str(cause) + ",\"type\":" + str(type) + ",\"thread\":" + thread + ",\"other\":" + other
                + ",\"lost_ns\":" + lostNs + ",\"access\":" + str(access) + ",\"other_access\":" + str(otherAccess)
                + ",\"here\":" + here + ",\"there\":" + there + "}";
    }

    private static String waitRecord(String type, int thread, int other, long waitedNs, String here, String there) {
        return "{\"kind\":\"wait\",\"type\":" + str(type) + ",\"thread\":" + thread + ",\"other\":" + other + ",\"waited_ns\":" + waitedNs
                + ",\"access\":\"write\",\"other_access\":\"write\",\"here\":" + here + ",\"there\":" + there + "}";
    }

    private static final String SUMMARY = "{\"kind\":\"summary\",\"mode\":\"stm\",\"threads\":4,\"commits\":1000,\"inevitable_commits\":10,"
            + "\"read_only_commits\":200,\"aborts\":{\"read_write\":30,\"write_write\":5,\"validation\":15,\"killed\":0,"
            + "\"inevitable\":0,\"collect\":0,\"injected\":0,\"exception\":0},\"inevitable_ns\":50000000,\"wait_ns\":20000000,"
            + "\"abort_wait_ns\":40000000,\"alone_wait_ns\":30000000,\"alone_breaks\":7,\"alone_commits\":600,"
            + "\"exit_wait_ns\":100000000,\"wall_ns\":1000000000}";

    /** The "key: value" lines of the output. */
    private Map<String, String> keyValues() {
        Map<String, String> map = new LinkedHashMap<>();
        out().lines().filter(l -> l.contains(": ")).forEach(l -> map.put(l.substring(0, l.indexOf(": ")), l.substring(l.indexOf(": ") + 2)));
        return map;
    }

    /** Whether the output holds these lines one after another. */
    private boolean hasBlock(String... lines) {
        return ("\n" + out()).contains("\n" + String.join("\n", lines) + "\n");
    }

    @Test
    void groupsRankByTimeLostNotByCount() throws IOException {
        // A: 3 aborts of 1 ms (one reached from another caller: same innermost frames, same group);
        // B: 1 abort of 10 ms; C: 2 waits of 2.5 ms. By time: B 10, C 5, A 3.
        String aHere = tb(frame("p.py", 20, "<module>"), frame("p.py", 5, "worker"));
        String aHere2 = tb(frame("p.py", 30, "other_caller"), frame("p.py", 5, "worker"));
        String aThere = tb(frame("p.py", 8, "bump"));
        Path p = log(
                abort("read_write", "dict", 3, 4, 1_000_000, "read", "write", aHere, aThere),
                abort("read_write", "dict", 3, 4, 1_000_000, "read", "write", aHere2, aThere),
                waitRecord("set", 2, 5, 2_500_000, tb(frame("p.py", 11, "add")), tb(frame("p.py", 12, "add2"))),
                abort("read_write", "dict", 5, 4, 1_000_000, "read", "write", aHere, aThere),
                abort("write_write", "list", 2, 3, 10_000_000, "write", "write", tb(frame("p.py", 6, "push")), tb(frame("p.py", 9, "pop"))),
                waitRecord("set", 2, 5, 2_500_000, tb(frame("p.py", 11, "add")), tb(frame("p.py", 12, "add2"))),
                SUMMARY);

        assertEquals(0, report(p.toString()), err());

        String text = out();
        assertTrue(text.startsWith("tm-report of " + p + ": 6 records read (4 aborts, 2 waits) and a summary, 0 lines skipped\n"), text);
        assertTrue(text.contains("time lost: 18.000 ms (13.000 ms to aborts, 5.000 ms waiting), 1.8% of the wall time (1000.000 ms)\n"), text);
        assertTrue(text.contains("conflicts by time lost (all 3 groups):"), text);
        int b = text.indexOf("#1  write/write on list: 1 abort, 10.000 ms lost (55.6% of all)\n");
        int c = text.indexOf("#2  write/write on set: 2 waits, 5.000 ms waited (27.8% of all)\n");
        int a = text.indexOf("#3  read/write on dict: 3 aborts, 3.000 ms lost (16.7% of all)\n");
        assertTrue(b >= 0 && c > b && a > c, text);
        assertFalse(text.contains("#4"), text);
        assertEquals("", err());

        out.reset();
        assertEquals(0, report("--top", "1", p.toString()));
        assertTrue(out().contains("conflicts by time lost (top 1 of 3 groups):"), out());
        assertTrue(out().contains("#1  write/write on list"), out());
        assertFalse(out().contains("#2"), out());
    }

    @Test
    void aGroupSaysHowOftenOneTransactionLostInARow() throws IOException {
        // one group: a transaction aborted on its 1st, 2nd and 3rd attempt, another on its 1st;
        // another group's records say attempt 1 only, or nothing (a log of an older build)
        String here = tb(frame("p.py", 5, "worker")), there = tb(frame("p.py", 8, "bump"));
        String other = tb(frame("p.py", 6, "push"));
        Path p = log(
                attempt(abort("killed", "Box", 3, 4, 1_000_000, "write", "write", here, there), 1),
                attempt(abort("killed", "Box", 3, 4, 1_000_000, "write", "write", here, there), 2),
                attempt(abort("killed", "Box", 3, 4, 1_000_000, "write", "write", here, there), 3),
                attempt(abort("killed", "Box", 5, 4, 1_000_000, "write", "write", here, there), 1),
                attempt(abort("write_write", "list", 2, 3, 500_000, "write", "write", other, there), 1),
                abort("write_write", "list", 2, 3, 500_000, "write", "write", other, there),
                SUMMARY);

        assertEquals(0, report(p.toString()), err());

        String text = out();
        assertTrue(text.contains("#1  write/write (killed) on Box: 4 aborts (up to 3 in a row), 4.000 ms lost (80.0% of all)\n"), text);
        assertTrue(text.contains("#2  write/write on list: 2 aborts, 1.000 ms lost (20.0% of all)\n"), text);
    }

    @Test
    void aWaitForATransactionThatRanAloneNamesWhereEachSideWas() throws IOException {
        // as the VM writes it (Alone.waitOut): no object, the waiter's begin, where the lone one ended
        String begin = tb(frame("p.py", 9, "<module>")), ended = tb(frame("p.py", 4, "worker"));
        String wait = "{\"kind\":\"wait\",\"cause\":\"alone\",\"type\":null,\"thread\":2,\"other\":3,\"waited_ns\":2000000,\"attempt\":1,"
                + "\"access\":\"begin\",\"other_access\":\"run alone\",\"here\":" + begin + ",\"there\":" + ended + "}";
        Path p = log(wait, wait, abort("write_write", "list", 2, 3, 1_000_000, "write", "write", begin, ended), SUMMARY);

        assertEquals(0, report(p.toString()), err());

        String text = out();
        assertTrue(text.contains("#1  waited to begin while another ran alone: 2 waits, 4.000 ms waited (80.0% of all)\n"
                + "thread 2 waited to begin here:\n  File \"p.py\", line 9, in <module>\n"
                + "thread 3 ran alone, and ended here:\n  File \"p.py\", line 4, in worker\n"), text);
        assertTrue(text.contains("#2  write/write on list: 1 abort"), text);
    }

    /** An abort record with the "attempt" field the VM writes. */
    private static String attempt(String record, int attempt) {
        return record.substring(0, record.length() - 1) + ",\"attempt\":" + attempt + "}";
    }

    @Test
    void bothTracebacksPrintLikePythonsWithSourceLinesWhereTheFileExists() throws IOException {
        Path prog = dir.resolve("prog.py");
        Files.writeString(prog, """
                d = {"n": 0}
                def worker():
                    for i in range(10):
                        # read it
                        total = d["n"]
                def bump():
                    d["n"] += 1
                main()
                """);
        Path gone = dir.resolve("gone.py");
        Path p = log(
                abort("read_write", "dict", 3, 4, 5_000_000, "read", "write",
                        tb(frame(prog, 8, "<module>"), frame(prog, 5, "worker")), tb(frame(gone, 7, "bump"))),
                abort("killed", "list", 6, 0, 2_000_000, "write", "write", tb(frame(prog, 7, "bump")), "null"),
                abort("inevitable", null, 2, 7, 1_000_000, "read", "write", tb(frame(prog, 5, "worker")), tb(frame(prog, 7, "bump"))));

        assertEquals(0, report(p.toString()), err());

        assertTrue(hasBlock(
                "#1  read/write on dict: 1 abort, 5.000 ms lost (62.5% of all)",
                "thread 3 (aborted) read here:",
                "  File \"" + prog + "\", line 8, in <module>",
                "    main()",
                "  File \"" + prog + "\", line 5, in worker",
                "    total = d[\"n\"]",
                "thread 4 wrote here:",
                "  File \"" + gone + "\", line 7, in bump",
                ""), out());
        assertTrue(hasBlock(
                "#2  write/write (killed) on list: 1 abort, 2.000 ms lost (25.0% of all)",
                "thread 6 (aborted) wrote here:",
                "  File \"" + prog + "\", line 7, in bump",
                "    d[\"n\"] += 1",
                "other side unknown"), out());
        assertTrue(hasBlock(
                "#3  inevitable on an object of unknown type: 1 abort, 1.000 ms lost (12.5% of all)",
                "thread 2 (aborted) read here:",
                "  File \"" + prog + "\", line 5, in worker",
                "    total = d[\"n\"]",
                "thread 7 (inevitable) wrote here:",
                "  File \"" + prog + "\", line 7, in bump",
                "    d[\"n\"] += 1"), out());
    }

    @Test
    void statsGiveTheSummaryWithUnitsAndShares() throws IOException {
        Path p = log(
                abort("read_write", "dict", 1, 2, 3_000_000, "read", "write", "null", "null"),
                abort("validation", "dict", 2, 1, 1_000_000, "read", "write", "null", "null"),
                SUMMARY);

        assertEquals(0, report("--stats", p.toString()), err());

        Map<String, String> r = keyValues();
        assertEquals("stm", r.get("mode"));
        assertEquals("4", r.get("threads"));
        assertEquals("1000", r.get("commits"));
        assertEquals("10", r.get("  inevitable commits"));
        assertEquals("200", r.get("  read-only commits"));
        assertEquals("50", r.get("aborts"));
        List<String> causes = new ArrayList<>();
        r.forEach((k, v) -> {
            if (List.of("  read_write", "  write_write", "  validation", "  killed", "  inevitable", "  collect").contains(k)) causes.add(k.strip() + "=" + v);
        });
        assertEquals(List.of("read_write=30", "validation=15", "write_write=5"), causes);
        assertEquals("0.050", r.get("aborts per commit"));
        assertEquals("50.000 ms (5.0% of wall time)", r.get("inevitable time"));
        assertEquals("20.000 ms (2.0% of wall time)", r.get("waiting on conflicts"));
        assertEquals("100.000 ms (10.0% of wall time)", r.get("waiting at exit"));
        assertEquals("600", r.get("  commits that ran alone"));
        assertEquals("40.000 ms (4.0% of wall time)", r.get("waiting after aborts for the winner"));
        assertEquals("30.000 ms (3.0% of wall time)", r.get("waiting to begin while one ran alone"));
        assertEquals("7", r.get("  lone transactions cut short for a waiter"));
        assertEquals("4.000 ms (0.4% of wall time)", r.get("lost to aborts (from the records)"));
        assertEquals("1000.000 ms", r.get("wall time"));
        assertFalse(out().contains("#1"), "--stats prints the stats, not the groups");
    }

    @Test
    void aTruncatedLastLineIsSkippedAndCounted() throws IOException {
        Path p = log(
                abort("read_write", "dict", 1, 2, 1_000_000, "read", "write", "null", "null"),
                "",
                waitRecord("list", 1, 2, 500, "null", "null"),
                "{\"kind\":\"abort\",\"cause\":\"read_wr");

        assertEquals(0, report(p.toString()));

        assertTrue(out().startsWith("tm-report of " + p + ": 2 records read (1 abort, 1 wait) and no summary, 1 line skipped\n"), out());
        assertTrue(err().contains("skipped 1 line that is not a record (the first is line 4;"), err());
        assertEquals(1, err().lines().count(), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void aMissingSummaryIsReportedAndTheRecordsStillCount() throws IOException {
        Path p = log(
                abort("read_write", "dict", 1, 2, 2_000_000, "read", "write", "null", "null"),
                abort("write_write", "dict", 3, 2, 1_000_000, "write", "write", "null", "null"),
                abort("read_write", "dict", 1, 3, 1_000_000, "read", "write", "null", "null"),
                waitRecord("list", 1, 2, 3_000_000, "null", "null"));

        assertEquals(0, report(p.toString()));
        assertTrue(out().contains("\nsummary: missing (the run ended before writing one"), out());
        assertTrue(out().contains("time lost: 7.000 ms (4.000 ms to aborts, 3.000 ms waiting)\n"), out());

        out.reset();
        assertEquals(0, report("--stats", p.toString()));
        Map<String, String> r = keyValues();
        assertTrue(r.get("summary").startsWith("missing"), out());
        assertNull(r.get("mode"));
        assertEquals("3", r.get("threads seen in records"));
        assertEquals("3", r.get("aborts"));
        assertEquals("2", r.get("  read_write"));
        assertEquals("1", r.get("  write_write"));
        assertEquals("3.000 ms", r.get("waiting on conflicts (from the records)"));
        assertEquals("4.000 ms", r.get("lost to aborts (from the records)"));
        assertFalse(out().contains("% of wall time"), out());
    }

    @Test
    void theHtmlPageEscapesWhatTheGuestNamed() throws IOException {
        Path evil = dir.resolve("<script>x.py");
        Files.writeString(evil, "print('<b>&')\n");
        Path p = log(
                abort("write_write", "<i>", 1, 2, 2_000_000, "write", "write",
                        tb(frame(evil, 1, "<script>alert(1)</script>")), tb(frame("plain.py", 3, "f"))),
                abort("read_write", "dict", 1, 2, 1_000_000, "read", "write", "null", "null"),
                SUMMARY);
        Path page = dir.resolve("out.html");

        assertEquals(0, report("--html", page.toString(), p.toString()), err());

        assertTrue(out().contains("\nwrote " + page + "\n"), out());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertFalse(html.contains("<i>"), html);
        assertTrue(html.contains("File &quot;" + dir + "/&lt;script&gt;x.py&quot;, line 1, in &lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<span class=\"src\">print(&#39;&lt;b&gt;&amp;&#39;)</span>"), html);
        assertTrue(html.contains("<tr><th>aborts per commit</th><td>0.050</td>"), html);
        assertTrue(html.contains("<td>50.000 ms</td><td class=\"share\">5.0% of wall time</td>"), html);
        int first = html.indexOf("#1  write/write on &lt;i&gt;: 1 abort, 2.000 ms lost");
        int second = html.indexOf("#2  read/write on dict: 1 abort, 1.000 ms lost");
        assertTrue(first > 0 && second > first, html);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<style>") && !html.contains("http"), html);
    }

    @Test
    void badArgumentsExitWith2AndAUsageLine() throws IOException {
        String p = log(SUMMARY).toString();
        String[][] bad = {{}, {"--top"}, {"--top", "-1", p}, {"--top", "x", p}, {"--frob", p}, {p, p}, {"--html"}, {"--html=", p}};
        for (String[] args : bad) {
            out.reset();
            err.reset();
            assertEquals(2, report(args), String.join(" ", args));
            List<String> lines = err().lines().toList();
            assertEquals(2, lines.size(), err());
            assertTrue(lines.get(0).startsWith("weft tm-report: "), err());
            assertEquals(TmReport.USAGE, lines.get(1));
            assertEquals("", out());
        }
        assertEquals(0, report("--top=0", p));
    }

    @Test
    void anUnreadableLogExitsWith1AndOneLine() throws IOException {
        assertEquals(1, report(dir.resolve("missing.log").toString()));
        assertEquals("weft tm-report: cannot read '" + dir.resolve("missing.log") + "': no such file\n", err());
        err.reset();
        assertEquals(1, report(dir.toString()));
        assertEquals("weft tm-report: cannot read '" + dir + "': is a directory\n", err());
        assertEquals("", out());

        err.reset();
        String p = log(SUMMARY).toString();
        assertEquals(1, report("--html", dir.resolve("no/such/dir/out.html").toString(), p));
        assertTrue(err().startsWith("weft tm-report: cannot write '"), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void theJsonReaderHandlesEscapesNumbersAndBadInput() {
        Object v = TmLog.parse("{\"f\":\"q\\\"b\\\\n\\n\\u00e9\\ud83d\\ude00/\\/\",\"n\":-12,\"x\":1.5e3,\"z\":null,\"l\":[true,false,[]]}");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals("q\"b\\n\né\uD83D\uDE00//", m.get("f"));
        assertEquals(-12L, m.get("n"));
        assertEquals(1500.0, m.get("x"));
        assertTrue(m.containsKey("z"));
        assertNull(m.get("z"));
        assertEquals(List.of(true, false, List.of()), m.get("l"));

        for (String bad : List.of("{\"a\":1} x", "{\"a\":}", "[1,]", "\"abc", "{\"a\":\"\\x\"}", "-", "{a:1}", "")) {
            assertThrows(IllegalArgumentException.class, () -> TmLog.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> TmLog.parse("[".repeat(100_000)));
    }

    @Test
    void fieldsOfTheWrongTypeReadAsMissingAndUnknownCausesNameThemselves() throws IOException {
        Path p = log(
                "{\"kind\":\"abort\",\"cause\":\"frobnicate\",\"thread\":\"x\",\"here\":\"nope\",\"there\":[[1,2]],\"lost_ns\":\"5\"}",
                abort("explicit", "dict", 1, 2, 1_000, "write", "write", "null", "null"),
                "[1,2,3]");

        assertEquals(0, report(p.toString()));

        assertTrue(out().contains("2 records read (2 aborts, 0 waits) and no summary, 1 line skipped"), out());
        assertTrue(out().contains("#1  write/write (explicit) on dict: 1 abort, 0.001 ms lost"), out());
        assertTrue(out().contains("#2  frobnicate on an object of unknown type: 1 abort, 0.000 ms lost"), out());
        assertTrue(out().contains("thread 0 (aborted) was here: (no traceback recorded)"), out());
    }
}
