package no.samskap.bench.http;

import no.samskap.bench.Machine;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.net.URI;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issue 18's "Write" and "Read" scenarios over HTTP, each with its baseline in the same run: starts the platform with
 * the README's start command on its own ports and database (or uses a running one given by {@code --gateway=}),
 * submits ideas to the proposals service with wrk against pgbench running the submission's statements, reads the
 * board, an idea, an event and the staff inbox with wrk against a static asset and at a fixed rate with the open-loop
 * sender, and writes its section of docs/performance.md. Run: see docs/performance.md, "Over HTTP".
 */
public final class HttpBenchmark {

    private HttpBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(new Arguments(args));
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(Arguments arguments) throws Exception {
        Wrk.ensureInstalled();
        var root = Path.of(arguments.text("root", ".")).toAbsolutePath().normalize();
        var work = Path.of(arguments.text("work", root.resolve("infra/bench/target/bench-http").toString()));
        var ports = Ports.from(arguments);
        var running = !arguments.text("gateway", "").isBlank();
        if (running) {
            var target = Target.running(arguments, ports);
            measure(arguments, target, "a running platform at " + target.gateway(), root, work);
            return;
        }
        var database = arguments.text("db-name", "samskap_bench_http");
        try (var platform = LaunchedPlatform.start(root, ports, database, work.resolve("state"))) {
            var stop = new Thread(platform::close, "stop-platform");
            Runtime.getRuntime().addShutdownHook(stop);
            measure(arguments, platform.target(), "the start command's platform (launcher jar, demo data, rate"
                + " limits lifted) on the gateway port " + ports.gateway(), root, work);
            Runtime.getRuntime().removeShutdownHook(stop);
        }
    }

    private static void measure(Arguments arguments, Target target, String platform, Path root, Path work)
        throws Exception {
        var warmUp = Duration.ofSeconds(arguments.number("warm-up-seconds", 5));
        var measured = Duration.ofSeconds(arguments.number("seconds", 20));
        var wrk = new Wrk(arguments.number("connections", 8), warmUp, measured);
        var openLoop = new OpenLoop(arguments.number("rate", 1_000), warmUp, measured);
        var setup = new Results.Setup(platform, wrk.connections(), warmUp.toSeconds(), measured.toSeconds(),
            openLoop.perSecond(), openLoop.connections(), Machine.loadAverage());
        var tokens = new Tokens(target.keycloak());
        var runId = UUID.randomUUID().toString().substring(0, 8);

        var insertedBefore = InsertedRows.read(target, SubmissionStatements.TABLES);
        var write = write(target, wrk, tokens, work, runId);
        PgBenchRun pgbench;
        Set<String> postModerated;
        try (var scratch = PgBench.onACopyOfTheTables(target, wrk.connections(), warmUp, measured, work, runId)) {
            postModerated = scratch.postModerated();
            pgbench = scratch.run("submission-" + runId, SubmissionStatements.submission(scratch.schema(),
                postModerated));
        }
        var inserted = insertedBefore.perSubmissionUntil(InsertedRows.read(target, SubmissionStatements.TABLES));
        var writeResults = new Results.Write(target.proposals().resolve("/ideas").toString(), write, pgbench,
            inserted, SubmissionStatements.insertedRows(postModerated));
        if (onlyWrite(arguments)) {
            System.out.println("Only the write scenario was run (--only=write); docs/performance.md is left as it"
                + " was. Load average when it ended: " + Machine.loadAverage() + ".\n\n"
                + HttpReport.writeMarkdown(writeResults));
            return;
        }
        var settled = Settled.await(target, Duration.ofMinutes(3));
        System.out.println("The gateway had applied the submissions " + settled.toSeconds() + " s after the write run.");
        var targets = new ReadTargets(target.gateway());
        var asset = targets.stylesheet();
        var assetBefore = wrk.run(target.gateway().resolve(asset).toString(), Optional.empty(), List.of());
        var reads = reads(target.gateway(), targets, tokens, wrk, openLoop);
        var assetAfter = wrk.run(target.gateway().resolve(asset).toString(), Optional.empty(), List.of());

        Machine machine;
        try (var connection = DriverManager.getConnection(target.jdbcUrl(), user(), password())) {
            machine = Machine.describe(DSL.using(connection, SQLDialect.POSTGRES));
        }
        var results = new Results(machine, setup, writeResults, reads, assetBefore, assetAfter, asset);
        var section = HttpReport.markdown(results, Instant.now());
        HttpReport.writeInto(Path.of(arguments.text("document", root.resolve("docs/performance.md").toString())),
            section);
        System.out.println(section);
    }

    /** {@code --only=write}: the write scenario and its baselines alone, for measuring a change to the write path. */
    static boolean onlyWrite(Arguments arguments) {
        var only = arguments.text("only", "");
        if (!only.isEmpty() && !"write".equals(only)) {
            throw new IllegalArgumentException("--only takes write (or nothing, for every scenario), not " + only);
        }
        return !only.isEmpty();
    }

    private static WrkRun write(Target target, Wrk wrk, Tokens tokens, Path work, String runId) throws Exception {
        var script = SubmissionScript.write(work, runId, tokens.residents());
        return wrk.run(target.proposals().resolve("/ideas").toString(), Optional.of(script), List.of());
    }

    private static List<Results.Read> reads(URI gateway, ReadTargets targets, Tokens tokens, Wrk wrk,
                                            OpenLoop openLoop) throws Exception {
        var reads = new ArrayList<Results.Read>();
        reads.add(read("board API", ReadTargets.BOARD_API, gateway, List.of(), wrk, openLoop));
        reads.add(read("board page", ReadTargets.BOARD_PAGE, gateway, List.of(), wrk, openLoop));
        reads.add(read("idea page", targets.ideaPage(), gateway, List.of(), wrk, openLoop));
        reads.add(read("event page", targets.eventPage(), gateway, List.of(), wrk, openLoop));
        var staff = List.of("Authorization", "Bearer " + tokens.of(Tokens.STAFF));
        reads.add(read("staff inbox (API, staff token)", ReadTargets.STAFF_INBOX_API, gateway, staff, wrk, openLoop));
        var signedIn = List.of("Cookie", BrowserSignIn.cookieHeader(gateway, ReadTargets.STAFF_INBOX_PAGE,
            Tokens.STAFF), "Accept", "text/html");
        reads.add(read("staff inbox page (signed in)", ReadTargets.STAFF_INBOX_PAGE, gateway, signedIn, wrk,
            openLoop));
        return reads;
    }

    private static Results.Read read(String name, String path, URI gateway, List<String> headers, Wrk wrk,
                                     OpenLoop openLoop) throws Exception {
        var url = gateway.resolve(path);
        var wrkHeaders = new ArrayList<String>();
        for (var i = 0; i + 1 < headers.size(); i += 2) {
            wrkHeaders.add(headers.get(i) + ": " + headers.get(i + 1));
        }
        var flat = wrk.run(url.toString(), Optional.empty(), wrkHeaders);
        var fixed = openLoop.run(url, headers);
        return new Results.Read(name, path, flat, fixed);
    }

    static String user() {
        return System.getenv().getOrDefault("SAMSKAP_DB_USER", "postgres");
    }

    static String password() {
        return System.getenv().getOrDefault("SAMSKAP_DB_PASSWORD", "");
    }
}
