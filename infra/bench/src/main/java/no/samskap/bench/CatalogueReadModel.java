package no.samskap.bench;

import no.samskap.runtime.PostgresServer;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh schema with the gateway's event calendar and association directory as their own Flyway migrations make
 * them, filled by {@code generate_series} with as many events as associations, spread evenly over a hundred
 * municipalities (Rana and Ullensvang among them): at a million each, a municipality holds ten thousand, about what
 * the largest in the country would. Events span four years before today and one after; one in fifty completed events
 * realised an idea; one association in five has an accepted offer of help.
 */
final class CatalogueReadModel {

    static final int MUNICIPALITIES = 100;

    private final PostgresServer server;
    private final String database;
    private final String schema;

    CatalogueReadModel(PostgresServer server, String database, String schema) {
        this.server = server;
        this.database = database;
        this.schema = schema;
    }

    Connection connect() throws SQLException {
        var connection = server.connect(database);
        try (var statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
        }
        return connection;
    }

    Map<String, Double> build(int rows) throws SQLException {
        var took = new LinkedHashMap<String, Double>();
        var start = System.nanoTime();
        drop();
        var password = server.password() == null || server.password().isEmpty() ? null : server.password();
        for (var module : List.of("events", "organisations")) {
            Flyway.configure().dataSource(server.jdbcUrl(database), server.user(), password)
                .schemas(schema).defaultSchema(schema).createSchemas(true).table("flyway_history_" + module)
                .baselineOnMigrate(true).baselineVersion("0").locations("classpath:db/gateway-" + module).load()
                .migrate();
        }
        took.put("migrate", seconds(start));
        start = System.nanoTime();
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute(municipalities() + """
                insert into event_calendar (id, municipality, status, title, description, hosting_unit, idea_ids,
                                            starts_at, ends_at, audience, capacity, published_at, updated_at)
                select gen_random_uuid(), m.numbers[1 + n %% %1$d],
                       case when at < now() then (case when n %% 40 = 0 then 'cancelled' else 'completed' end)
                            else 'published' end,
                       (array['Konsert', 'Leksehjelp', 'Filmkveld', 'Dansekurs', 'Lesesirkel', 'Strikkekafé'])[1 + n %% 6]
                           || ' ' || n, 'Et arrangement i kulturhuset.',
                       (array['bibliotek', 'kulturskole', 'kino', 'fritid-ungdom', 'kulturhus'])[1 + n %% 5],
                       case when n %% 50 = 0 then array[gen_random_uuid()] else '{}'::uuid[] end,
                       at, at + interval '2 hours', (array['alle', 'barn', 'ungdom', 'voksne', 'eldre'])[1 + n %% 5],
                       case when n %% 3 = 0 then null else 50 end, at - interval '30 days', at - interval '30 days'
                from m, generate_series(1, %2$d) as n,
                     lateral (select now() - interval '4 years' + (n::double precision / %2$d) * interval '5 years'
                              as at) as t""".formatted(MUNICIPALITIES, rows));
            statement.execute(municipalities() + """
                insert into association_directory (id, municipality, organisation_number, name, type, description,
                                                   verified, registered_at, updated_at)
                select gen_random_uuid(), m.numbers[1 + n %% %1$d], lpad((900000000 + n)::text, 9, '0'),
                       (array['Idrettslag', 'Korps', 'Kor', 'Historielag', 'Sjakklubb', 'Teaterlag'])[1 + n %% 6]
                           || ' ' || n, 'En forening for alle i kommunen.',
                       (array['idrett', 'kultur', 'humanitaer', 'velforening', 'annet'])[1 + n %% 5], n %% 4 <> 0,
                       now() - interval '1 year', now() - interval '1 year'
                from m, generate_series(1, %2$d) as n""".formatted(MUNICIPALITIES, rows));
            statement.execute("""
                insert into help_offer (id, association_id, municipality, idea_id, kind, description, status,
                                        offered_by, offered_at, decided_at)
                select gen_random_uuid(), id, municipality, gen_random_uuid(), 'volunteers', 'Vi stiller med folk.',
                       'accepted', 'bench-admin', now() - interval '6 months', now() - interval '5 months'
                from association_directory where abs(hashtext(id::text)) % 5 = 0""");
            took.put("insert", seconds(start));
            start = System.nanoTime();
            statement.execute("vacuum analyze event_calendar");
            statement.execute("vacuum analyze association_directory");
            statement.execute("vacuum analyze help_offer");
            took.put("analyze", seconds(start));
        }
        return took;
    }

    /** The hundred municipalities: Rana and Ullensvang first, then made-up numbers. */
    private static String municipalities() {
        return "with m as (select array['1833', '4618'] || array(select (5000 + g)::text from generate_series(1, "
            + (MUNICIPALITIES - 2) + ") g) as numbers) ";
    }

    void drop() throws SQLException {
        try (var connection = server.connect(database); var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    String tableSize() throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select pg_size_pretty(pg_total_relation_size('event_calendar')),"
                 + " pg_size_pretty(pg_total_relation_size('association_directory'))")) {
            rows.next();
            return "calendar " + rows.getString(1) + ", directory " + rows.getString(2) + " with indexes";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
