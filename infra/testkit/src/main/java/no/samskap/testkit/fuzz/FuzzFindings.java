package no.samskap.testkit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.fail;

/** What a fuzz run saw: answers by status, and each answer that is a fault, with the seed to repeat the run. */
public final class FuzzFindings {

    private static final int SHOWN = 15;

    private final long seed;
    private final int operations;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> faults = new ArrayList<>();
    private int sent;
    private int acceptedWithValidToken;
    private int acceptedOtherwise;
    private int unsendable;
    private int serverErrors;
    private int notProblems;
    private int storedByRefusals;
    private int closedWithoutAnswer;
    private int resentOnAFreshConnection;
    private long started = System.nanoTime();
    private long elapsedMillis;
    private long sendingNanos;
    private long checkingNanos;

    FuzzFindings(long seed, int operations) {
        this.seed = seed;
        this.operations = operations;
    }

    void answered(FuzzRequest request, int status, String contentType) {
        sent++;
        byStatus.merge(status, 1, Integer::sum);
        if (status >= 500) {
            serverErrors++;
            fault(status + " for " + request.describe());
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            notProblems++;
            fault(status + " as '" + contentType + "', not problem+json, for " + request.describe());
        } else if (status < 300 && request.byValidCaller()) {
            acceptedWithValidToken++;
        } else if (status < 300) {
            acceptedOtherwise++;
        }
    }

    void closedWithoutAnswer(FuzzRequest request, Exception cause) {
        sent++;
        closedWithoutAnswer++;
        fault("no whole answer (" + cause + ") for " + request.describe());
    }

    void refusedButStored(FuzzRequest request, int status, List<String> tables) {
        storedByRefusals++;
        fault("refused with " + status + " but changed " + tables + ": " + request.describe());
    }

    void resentOnAFreshConnection() {
        resentOnAFreshConnection++;
    }

    void unsendable() {
        unsendable++;
    }

    void took(long sending, long checking) {
        sendingNanos += sending;
        checkingNanos += checking;
    }

    void finish() {
        elapsedMillis = (System.nanoTime() - started) / 1_000_000;
    }

    public int sent() {
        return sent;
    }

    public int serverErrors() {
        return serverErrors;
    }

    public int acceptedWithValidToken() {
        return acceptedWithValidToken;
    }

    /** Fails with every fault seen (the first few in full) and the seed that repeats the run. */
    public void assertNoFaults() {
        System.out.println(summary());
        if (!faults.isEmpty()) {
            fail(faults.size() + " faults in " + sent + " fuzzed requests; repeat with -Dsamskap.fuzz.seed=" + seed + "\n"
                + String.join("\n", faults.subList(0, Math.min(SHOWN, faults.size()))));
        }
    }

    public String summary() {
        return "Fuzzed " + operations + " operations with " + sent + " requests in " + elapsedMillis + " ms ("
            + sendingNanos / 1_000_000 + " ms answering, " + checkingNanos / 1_000_000 + " ms comparing stored data; seed " + seed
            + "): " + serverErrors + " 5xx, " + notProblems + " refusals not problem+json, " + storedByRefusals
            + " refusals that changed stored data, " + closedWithoutAnswer + " closed without answer, "
            + resentOnAFreshConnection + " resent on a fresh connection after the server closed one, "
            + acceptedWithValidToken + " accepted with a valid token, " + acceptedOtherwise + " accepted otherwise, "
            + unsendable + " not sendable by the client; by status " + byStatus;
    }

    private void fault(String description) {
        faults.add(description);
    }
}
