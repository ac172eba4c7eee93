package no.samskap.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

/** The last lines of a log file, read leniently: a child may write bytes that are not UTF-8. */
record LogTail(Path file, List<String> lines) {

    static LogTail of(Path file, int count) {
        if (!Files.isRegularFile(file)) {
            return new LogTail(file, List.of());
        }
        var last = new ArrayDeque<String>(count);
        try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (last.size() == count) {
                    last.removeFirst();
                }
                last.addLast(line);
            }
        } catch (IOException e) {
            return new LogTail(file, List.of("(could not read the log: " + e.getMessage() + ")"));
        }
        return new LogTail(file, List.copyOf(last));
    }
}
