package no.samskap.launcher;

import no.samskap.runtime.LocalRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StartFailureTest {

    @Test
    void tellsToBuildFirstWhenAJarIsMissing() {
        var proposals = new Deployable("proposals", Path.of("services/proposals/target/samskap-proposals.jar"), 8081,
            "proposals", Map.of());

        assertEquals(List.of("proposals failed: services/proposals/target/samskap-proposals.jar does not exist. "
            + "Build first: mvn -B -q -DskipTests package"), StartFailure.jarMissing(proposals).lines());
    }

    @Test
    void namesThePortAndTheVariableToChooseAnotherWhenAPortIsTaken() {
        assertEquals(List.of("gateway failed: port 8080 is already in use (perhaps by a service left running by a launcher "
            + "that was killed). Stop what is using it, or give gateway "
            + "another port with SAMSKAP_GATEWAY_PORT=<port>."),
            StartFailure.portTaken("gateway", 8080, "SAMSKAP_GATEWAY_PORT").lines());
    }

    @Test
    void keepsThePartAndReasonOfALocalRuntimeFailureAndAddsWhatToDo() {
        var cause = new LocalRuntimeException("Kafka", "the broker on 127.0.0.1:9092 did not answer within 60 s", null);

        var failure = StartFailure.from(cause, "Set KAFKA_BOOTSTRAP_SERVERS to a broker you have.");

        assertEquals("Kafka", failure.part());
        assertEquals(List.of("Kafka failed: the broker on 127.0.0.1:9092 did not answer within 60 s",
            "Set KAFKA_BOOTSTRAP_SERVERS to a broker you have."), failure.lines());
    }

    @Test
    void showsTheLogTailInAFailureMessageAsLogLinesAndSaysWhereTheWholeLogIs(@TempDir Path tmp) throws IOException {
        var log = Files.writeString(tmp.resolve("keycloak.log"), "Starting\nFailed\n");
        var cause = new LocalRuntimeException("Keycloak", "exited with code 1. Log ends with:" + System.lineSeparator()
            + "Starting" + System.lineSeparator() + "Failed", null);

        var failure = StartFailure.from(cause, "Delete .samskap/keycloak and try again.", log);

        assertEquals(List.of("Keycloak failed: exited with code 1. Log ends with:", "  | Starting", "  | Failed",
            "Whole log: " + log, "Delete .samskap/keycloak and try again."), failure.lines());
    }

    @Test
    void leavesOutTheLogWhenThePartFailedBeforeWritingOne(@TempDir Path tmp) {
        var cause = new LocalRuntimeException("Keycloak", "its distribution is not at /m2/keycloak.zip", null);

        var failure = StartFailure.from(cause, "Build the launcher first.", tmp.resolve("keycloak.log"));

        assertEquals(List.of("Keycloak failed: its distribution is not at /m2/keycloak.zip",
            "Build the launcher first."), failure.lines());
    }

    @Test
    void showsTheLastLinesOfTheLogAndWhereTheWholeLogIs() {
        var tail = new LogTail(Path.of("/repo/.samskap/logs/proposals.log"), List.of("Starting", "Port in use"));

        assertEquals(List.of(
            "proposals failed: it exited with code 1 before it answered on /health.",
            "Last 2 lines of its log:",
            "  | Starting",
            "  | Port in use",
            "Whole log: " + tail.file()
        ), StartFailure.exitedEarly("proposals", 1, tail).lines());
    }
}
