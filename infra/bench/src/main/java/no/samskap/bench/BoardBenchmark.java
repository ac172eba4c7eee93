package no.samskap.bench;

import no.samskap.runtime.PostgresLocator;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the gateway's read model with a baseline and a full number of ideas and times the gateway's own board and
 * search code on each: p50, p95 and p99 over repeated runs, and the plan of each statement. Run on request only
 * ({@code mvn -pl infra/bench verify -Pbench}, see docs/performance.md); it talks to PostgreSQL on 127.0.0.1 only.
 */
public final class BoardBenchmark {

    private BoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var options = options(args);
        var ideas = Integer.parseInt(options.getOrDefault("ideas", "1000000"));
        var baseline = Integer.parseInt(options.getOrDefault("baseline", "10000"));
        var runs = Integer.parseInt(options.getOrDefault("runs", "300"));
        var secondsPerQuery = Integer.parseInt(options.getOrDefault("seconds-per-query", "90"));
        var database = options.getOrDefault("database", "test");
        var schemaPrefix = options.getOrDefault("schema-prefix", "bench_board_");
        var report = Path.of(options.getOrDefault("report", "target/bench/board.md"));
        try (var located = PostgresLocator.fromEnvironment().locate(Optional.empty())) {
            var server = located.server();
            server.ensureDatabase(database);
            var results = new ArrayList<SizeResult>();
            var only = options.getOrDefault("only", "all");
            for (var size : List.of(baseline, ideas)) {
                if ("catalogue".equals(only)) {
                    var model = new CatalogueReadModel(server, database, "bench_catalogue_" + size);
                    results.add(measure(model, size, runs, secondsPerQuery));
                    model.drop();
                    continue;
                }
                var model = new ReadModel(server, database, schemaPrefix + size);
                results.add(measure(model, size, runs, secondsPerQuery, only));
                if (!Boolean.parseBoolean(options.getOrDefault("keep", "false"))) {
                    model.drop();
                }
            }
            try (var connection = server.connect(database)) {
                var text = Report.markdown(Machine.describe(DSL.using(connection, SQLDialect.POSTGRES)), runs, results);
                Files.createDirectories(report.toAbsolutePath().getParent());
                Files.writeString(report, text);
                System.out.println(text);
                System.out.println("Written to " + report.toAbsolutePath());
            }
        }
    }

    /** {@code only}: {@code all}, or {@code staff} for the staff's inbox and dashboard alone. */
    private static SizeResult measure(ReadModel model, int size, int runs, int secondsPerQuery, String only)
            throws SQLException {
        log("Building " + size + " ideas in schema " + model.schema() + " ...");
        var took = model.build(size);
        log("Built in " + took + "; " + model.tableSize());
        var published = model.count("published_at is not null");
        try (var connection = model.connect()) {
            var sql = DSL.using(connection, SQLDialect.POSTGRES);
            var measured = new ArrayList<ScenarioResult>();
            var scenarios = new Scenarios(sql);
            for (var scenario : "staff".equals(only) ? scenarios.staffReads() : scenarios.all()) {
                measured.add(measure(sql, scenario, runs, secondsPerQuery));
                log(size + " ideas: " + measured.get(measured.size() - 1).line());
            }
            return new SizeResult(size, String.format(java.util.Locale.ROOT, "%,d ideas (%,d public)", size, published),
                took, model.tableSize(), measured);
        }
    }

    /** {@code only=catalogue}: the event calendar and the association directory, as many of each as {@code size}. */
    private static SizeResult measure(CatalogueReadModel model, int size, int runs, int secondsPerQuery)
            throws SQLException {
        log("Building " + size + " events and associations ...");
        var took = model.build(size);
        try (var connection = model.connect()) {
            var sql = DSL.using(connection, SQLDialect.POSTGRES);
            var measured = new ArrayList<ScenarioResult>();
            for (var scenario : new CatalogueScenarios(sql).all()) {
                measured.add(measure(sql, scenario, runs, secondsPerQuery));
                log(size + " events and associations: " + measured.get(measured.size() - 1).line());
            }
            return new SizeResult(size, String.format(java.util.Locale.ROOT, "%,d events and %,d associations over %d"
                + " municipalities", size, size, CatalogueReadModel.MUNICIPALITIES), took, model.tableSize(), measured);
        }
    }

    /** A slow query stops after {@code secondsPerQuery} (but never before 30 runs), so one miss cannot take hours. */
    private static ScenarioResult measure(DSLContext sql, Scenario scenario, int runs, int secondsPerQuery) {
        var warmUp = Math.max(20, runs / 10);
        var deadline = System.nanoTime() + secondsPerQuery * 1_000_000_000L;
        for (var i = 0; i < warmUp && (i < 5 || System.nanoTime() < deadline); i++) {
            scenario.run().apply(runs + i);
        }
        deadline = System.nanoTime() + secondsPerQuery * 1_000_000_000L;
        var latencies = new Latencies(runs);
        var found = 0L;
        for (var i = 0; i < runs && (i < 30 || System.nanoTime() < deadline); i++) {
            var start = System.nanoTime();
            found += scenario.run().apply(i);
            latencies.add(System.nanoTime() - start);
        }
        var plan = sql.fetch("explain (analyze, buffers) " + scenario.explained().text(), scenario.explained().bindings())
            .getValues(0, String.class);
        return new ScenarioResult(scenario.name(), latencies, (double) found / latencies.count(), PlanShape.of(plan), plan);
    }

    private static Map<String, String> options(String[] args) {
        var options = new LinkedHashMap<String, String>();
        for (var arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Options look like --ideas=1000000; got " + arg);
            }
            var pair = arg.substring(2).split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        return options;
    }

    static void log(String line) {
        System.out.println(java.time.LocalTime.now().withNano(0) + " " + line);
    }

    record ScenarioResult(String name, Latencies latencies, double averageFound, PlanShape plan, List<String> planText) {
        String line() {
            return String.format(java.util.Locale.ROOT, "%-45s %4d runs  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  %s",
                name, latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99),
                plan.describe());
        }
    }

    record SizeResult(int ideas, String what, Map<String, Double> took, String size, List<ScenarioResult> scenarios) {
    }
}
