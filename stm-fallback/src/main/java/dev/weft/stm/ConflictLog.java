package dev.weft.stm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The last N conflict records, in a ring; cheap enough to keep on always. With {@link
 * #writeTo} it also writes every record, as it comes, to a file of JSON lines (the format
 * {@code weft tm-report} reads; docs/tm-report.md), and the contexts record the guest
 * positions of their accesses ({@link ConflictSites}).
 */
public final class ConflictLog {
    private final ConflictRecord[] ring;
    private long next;
    private BufferedWriter file;
    private IntFunction<String> typeNames = id -> null;
    private long waitNanos;

    ConflictLog(int size) {
        ring = new ConflictRecord[Math.max(1, size)];
    }

    synchronized void add(ConflictRecord r) {
        ring[(int) (next++ % ring.length)] = r;
        if (r.waited() && r.cause() != AbortCause.ALONE) waitNanos += r.nanosLost(); // alone waits: TmStats
        if (file != null) {
            try {
                file.write(json(r));
                file.write('\n');
            } catch (IOException e) {
                file = null; // the disk is full or gone: stop logging, never fail a transaction
            }
        }
    }

    /** Whether records go to a file (and positions are recorded). */
    public synchronized boolean writing() {
        return file != null;
    }

    /** Writes every record from now on to {@code path}, naming object types with {@code typeNames}. */
    public synchronized void writeTo(Path path, IntFunction<String> typeNames) throws IOException {
        this.file = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        this.typeNames = typeNames;
    }

    /** Writes a last line (the run's summary, a JSON object) and closes the file. */
    public synchronized void close(String summaryJson) {
        if (file == null) return;
        try {
            if (summaryJson != null) {
                file.write(summaryJson);
                file.write('\n');
            }
            file.close();
        } catch (IOException e) {
            // nothing more to do: the records written so far stay
        }
        file = null;
    }

    /** Time transactions spent waiting for others' locks (records with {@code waited}, not at a begin), in ns. */
    public synchronized long waitNanos() {
        return waitNanos;
    }

    private String json(ConflictRecord r) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"kind\":\"").append(r.waited() ? "wait" : "abort").append('"');
        if (!r.waited() || r.cause() == AbortCause.ALONE) sb.append(",\"cause\":\"").append(r.cause().name().toLowerCase()).append('"');
        sb.append(",\"type\":");
        string(sb, r.type() != 0 ? typeNames.apply(r.type()) : null);
        sb.append(",\"thread\":").append(r.thread()).append(",\"other\":").append(r.other());
        sb.append(r.waited() ? ",\"waited_ns\":" : ",\"lost_ns\":").append(r.nanosLost());
        sb.append(",\"attempt\":").append(r.attempt());
        sb.append(",\"access\":");
        string(sb, r.access());
        sb.append(",\"other_access\":");
        string(sb, r.otherAccess());
        sb.append(",\"here\":").append(r.location() instanceof String s ? s : "null");
        sb.append(",\"there\":").append(r.otherLocation() instanceof String s ? s : "null");
        return sb.append('}').toString();
    }

    /** s as a JSON string (or null). */
    public static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    /** The records kept, oldest first. */
    public synchronized List<ConflictRecord> snapshot() {
        List<ConflictRecord> out = new ArrayList<>();
        long first = Math.max(0, next - ring.length);
        for (long i = first; i < next; i++) out.add(ring[(int) (i % ring.length)]);
        return out;
    }

    /** How many records were ever added (some may have left the ring). */
    public synchronized long total() {
        return next;
    }
}
