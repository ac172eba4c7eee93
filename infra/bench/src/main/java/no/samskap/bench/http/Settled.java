package no.samskap.bench.http;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits, after the write run, until the proposals service has sent its outbox and the gateway has applied nothing
 * for two seconds, so that the reads measure reading and not the gateway still catching up with the submissions.
 */
final class Settled {

    private static final String QUIET = """
        select (select count(*) from proposals.outbox_message where sent_at is null) = 0
           and coalesce((select max(processed_at) from gateway.processed_message) < now() - interval '2 seconds', true)""";

    private Settled() {
    }

    /** How long it took; gives up (and says so) after {@code patience}. */
    static Duration await(Target target, Duration patience) throws Exception {
        var start = Instant.now();
        try (var connection = DriverManager.getConnection(target.jdbcUrl(), HttpBenchmark.user(),
            HttpBenchmark.password()); var statement = connection.createStatement()) {
            while (Duration.between(start, Instant.now()).compareTo(patience) < 0) {
                try (var rows = statement.executeQuery(QUIET)) {
                    if (rows.next() && rows.getBoolean(1)) {
                        return Duration.between(start, Instant.now());
                    }
                }
                Thread.sleep(500);
            }
        }
        System.out.println("The platform was still busy with the submissions after " + patience.toSeconds()
            + " s; the reads start anyway.");
        return Duration.between(start, Instant.now());
    }
}
