package no.samskap.launcher;

import no.samskap.runtime.LocalRuntimeException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Why a part could not start, told as lines a developer can act on; the first line names the part. */
final class StartFailure extends RuntimeException {

    static final String BUILD_COMMAND = "mvn -B -q -DskipTests package";

    private final String part;
    private final List<String> lines;

    StartFailure(String part, List<String> lines, Throwable cause) {
        super(String.join(System.lineSeparator(), lines), cause);
        this.part = part;
        this.lines = List.copyOf(lines);
    }

    StartFailure(String part, String explanation) {
        this(part, List.of(part + " failed: " + explanation), null);
    }

    static StartFailure jarMissing(Deployable deployable) {
        return new StartFailure(deployable.name(), RepositoryLayout.display(deployable.jarPath())
            + " does not exist. Build first: " + BUILD_COMMAND);
    }

    static StartFailure portTaken(String part, int port, String variable) {
        return new StartFailure(part, "port " + port + " is already in use (perhaps by a service left running by "
            + "a launcher that was killed). Stop what is using it, or give " + part + " another port with "
            + variable + "=<port>.");
    }

    static StartFailure portShared(String part, int port, String otherPart, String variable) {
        return new StartFailure(part, "it would get port " + port + ", which " + otherPart + " has too. Set "
            + variable + " to another port.");
    }

    static StartFailure exitedEarly(String part, int exitCode, LogTail tail) {
        return withLog(part, "it exited with code " + exitCode + " before it answered on /health.", tail);
    }

    static StartFailure notHealthyInTime(String part, String healthUrl, Duration timeout, LogTail tail) {
        return withLog(part, healthUrl + " did not answer 200 within " + timeout.toSeconds() + " s.", tail);
    }

    static StartFailure from(LocalRuntimeException e, String advice) {
        return new StartFailure(e.part(), List.of(e.part() + " failed: " + reasonOf(e), advice), e);
    }

    /** For a part with a log of its own: the lines of the reason after the first are usually that log's tail. */
    static StartFailure from(LocalRuntimeException e, String advice, Path logFile) {
        var reason = reasonOf(e).split("\\R");
        var lines = new ArrayList<String>();
        lines.add(e.part() + " failed: " + reason[0]);
        Arrays.stream(reason).skip(1).map(line -> "  | " + line).forEach(lines::add);
        if (Files.isRegularFile(logFile)) {
            lines.add("Whole log: " + logFile);
        }
        lines.add(advice);
        return new StartFailure(e.part(), lines, e);
    }

    static StartFailure stopping(String part) {
        return new StartFailure(part, "the launcher is stopping.");
    }

    private static String reasonOf(LocalRuntimeException e) {
        return e.getMessage().startsWith(e.part() + ": ")
            ? e.getMessage().substring(e.part().length() + 2)
            : e.getMessage();
    }

    private static StartFailure withLog(String part, String explanation, LogTail tail) {
        var lines = new ArrayList<String>();
        lines.add(part + " failed: " + explanation);
        if (tail.lines().isEmpty()) {
            lines.add("Its log is empty: " + tail.file());
        } else {
            lines.add("Last " + tail.lines().size() + " lines of its log:");
            tail.lines().forEach(line -> lines.add("  | " + line));
            lines.add("Whole log: " + tail.file());
        }
        return new StartFailure(part, lines, null);
    }

    String part() {
        return part;
    }

    List<String> lines() {
        return lines;
    }
}
