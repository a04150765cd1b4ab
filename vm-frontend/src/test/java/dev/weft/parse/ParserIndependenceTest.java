package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The front end depends on nothing of the runtime: no source file of dev.weft.parse imports another dev.weft package. */
class ParserIndependenceTest {
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.weft\\.(\\w+)");

    @Test
    void importsStayInsideTheParsePackage() throws IOException {
        Path root = Path.of("src/main/java/dev/weft/parse");
        List<String> offending = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String text = Files.readString(f);
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    String imported = m.group(2);
                    boolean ok = imported.startsWith("java.") || imported.startsWith("dev.weft.parse.")
                            || imported.equals("dev.weft.parse");
                    if (!ok) offending.add(f + ": import " + imported);
                }
                Matcher q = QUALIFIED.matcher(text);
                while (q.find()) {
                    if (!q.group(1).equals("parse")) offending.add(f + ": uses dev.weft." + q.group(1));
                }
            }
        }
        assertTrue(files > 10, "no sources found under " + root);
        assertEquals(List.of(), offending);
    }
}
