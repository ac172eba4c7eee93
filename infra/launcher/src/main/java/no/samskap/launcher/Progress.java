package no.samskap.launcher;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Prints the launcher's lines, each starting with {@code [samskap]}. A step prints its name at once and its
 * outcome on the same line when it is done, so a slow step shows what the launcher is waiting for.
 */
final class Progress {

    private static final String PREFIX = "[samskap] ";

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final long launchedAt;
    private Step openStep;

    Progress(PrintStream out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
        this.launchedAt = nanoTime.getAsLong();
    }

    static Progress onStandardOutput() {
        return new Progress(System.out, System::nanoTime);
    }

    synchronized Step begin(String what) {
        closeOpenLine();
        out.print(PREFIX + what + " ... ");
        out.flush();
        openStep = new Step(what, nanoTime.getAsLong());
        return openStep;
    }

    synchronized void line(String text) {
        closeOpenLine();
        out.println(PREFIX + text);
    }

    synchronized void lines(List<String> texts) {
        texts.forEach(this::line);
    }

    String sinceLaunch() {
        return seconds(nanoTime.getAsLong() - launchedAt);
    }

    private void closeOpenLine() {
        if (openStep != null) {
            out.println();
            openStep = null;
        }
    }

    private synchronized void finish(Step step, String outcome) {
        if (openStep == step) {
            out.println(outcome);
            openStep = null;
        } else {
            line(step.what + " " + outcome);
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** One thing the launcher is doing; say how it ended with {@link #done}, {@link #failed} or {@link #endedAs}. */
    final class Step {

        private final String what;
        private final long startedAt;

        private Step(String what, long startedAt) {
            this.what = what;
            this.startedAt = startedAt;
        }

        void done(String outcome, String detail) {
            var took = seconds(nanoTime.getAsLong() - startedAt);
            finish(this, outcome + " in " + took + (detail.isEmpty() ? "" : " (" + detail + ")"));
        }

        void failed() {
            endedAs("failed");
        }

        void endedAs(String outcome) {
            finish(this, outcome + " after " + seconds(nanoTime.getAsLong() - startedAt));
        }
    }
}
