package no.samskap.bench.http;

import java.util.regex.Pattern;

/** What one run of pgbench printed: transactions per second and how many failed. */
record PgBenchRun(long transactions, long failed, double transactionsPerSecond, double meanLatencyMillis) {

    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    static PgBenchRun parse(String output) {
        var processed = PROCESSED.matcher(output);
        var tps = TPS.matcher(output);
        if (!processed.find() || !tps.find()) {
            throw new IllegalArgumentException("pgbench's output has no transaction rate:\n" + output);
        }
        var failed = FAILED.matcher(output);
        var latency = LATENCY.matcher(output);
        return new PgBenchRun(Long.parseLong(processed.group(1)), failed.find() ? Long.parseLong(failed.group(1)) : 0,
            Double.parseDouble(tps.group(1)), latency.find() ? Double.parseDouble(latency.group(1)) : Double.NaN);
    }
}
