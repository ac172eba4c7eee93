package no.samskap.bench.http;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The statements one idea submission makes in the proposals service under post-moderation, as a pgbench script. They
 * were taken from PostgreSQL's statement log ({@code log_statement = 'all'} on the platform's database) of one
 * {@code POST /ideas} on the start command's platform, 2026-12-07 17:47 UTC, and are kept in the order and shape the
 * service sends them, in its one transaction (ADR 0066): the block check under its advisory lock, the municipality's
 * settings and strategic values, the repeat check, the idea's insert, its timeline row and message, the author's
 * follow and its message, the publication (the idea's update, its timeline row and message), the followers and their
 * notification with its message, and the rate-limit count. The publication's statements are made only in a
 * municipality that publishes first and moderates after (Rana in the demo data; Ullensvang's ideas wait for a
 * moderator). Values are of the kinds the service binds: one of five authors in two municipalities, a title never used
 * before, envelopes of the same types and sizes.
 */
final class SubmissionStatements {

    /** The tables those statements touch, copied from the proposals schema into the scratch one. */
    static final List<String> TABLES = List.of("person_block", "municipality_settings",
        "municipality_strategic_value", "rate_limit_window", "idea", "idea_timeline", "outbox_message", "idea_follow",
        "notification");
    /** Copied with their rows, so the reads find what they find on the platform. */
    static final List<String> WITH_ROWS = List.of("person_block", "municipality_settings",
        "municipality_strategic_value", "idea");

    private static final Pattern TABLE = Pattern.compile("(?:insert into|update|from) S\\.([a-z_]+)");
    /** Authors 1–3 live in Rana, 4 and 5 in Ullensvang, as the harness's residents do ({@link Tokens#RESIDENTS}). */
    static final Map<String, Integer> AUTHORS_BY_MUNICIPALITY = Map.of("1833", 3, "4618", 2);
    private static final String VARIABLES = """
        \\set author random(1, 5)
        \\set municipality 1833 + 2785 * (:author / 4)
        \\set title random(1, 1000000000)
        """;
    private static final String MUNICIPALITY = "cast(:municipality as text)";
    private static final String AUTHOR = "'5a3b0000-0000-4000-8000-00000000000' || :author";
    private static final String TITLE = "'Benker langs elva, forslag ' || :title";
    private static final String BODY = "Flere benker langs elvepromenaden, slik at eldre og barnefamilier kan hvile"
        + " underveis.";
    private static final String IDEA = "cast(:id as uuid)";

    /**
     * One statement of the submission, in the scratch schema's place written {@code S.}; one of the publication's is
     * made only in a municipality that moderates after publishing.
     */
    record Statement(String sql, boolean publication) {

        Statement(String sql) {
            this(sql, false);
        }

        String table() {
            var named = TABLE.matcher(sql);
            return named.find() ? named.group(1) : "";
        }

        /** An insert whose row is new, as PostgreSQL counts it; an upsert that updates on conflict is not one. */
        boolean insertsARow() {
            return sql.startsWith("insert into") && !sql.contains("do update");
        }

        String kind() {
            return sql.substring(0, sql.indexOf(' '));
        }
    }

    private SubmissionStatements() {
    }

    /** The statements in the order the service sends them. */
    static List<Statement> statements() {
        return List.of(
            new Statement("select pg_advisory_xact_lock_shared(hashtextextended(" + MUNICIPALITY + " || '/' || "
                + AUTHOR + ", 23))"),
            new Statement("select exists (select 1 from S.person_block where municipality = " + MUNICIPALITY
                + " and subject = " + AUTHOR + ")"),
            new Statement("select moderation, support_threshold, report_threshold, service_areas, name,"
                + " response_reminder_days from S.municipality_settings where municipality = " + MUNICIPALITY),
            new Statement("select code, name, name_nn, name_en from S.municipality_strategic_value where municipality"
                + " = " + MUNICIPALITY + " order by position"),
            new Statement("select * from S.idea where author_id = " + AUTHOR + " and municipality = " + MUNICIPALITY
                + " and submitted_at >= now() - interval '10 minutes' and lower(title) = lower(" + TITLE + ") and"
                + " status <> 'WITHDRAWN' order by submitted_at, id limit 1"),
            // The service draws the idea's id itself; pgbench takes it from the insert, in the same round trip.
            new Statement("insert into S.idea (municipality, author_id, title, body, service_area, strategic_values,"
                + " target_groups, cost_model, place, status, hidden_reason, hidden_by, hidden_at, submitted_at,"
                + " published_at, respond_by, answer, version, id) values (" + MUNICIPALITY + ", " + AUTHOR + ", "
                + TITLE + ", '" + BODY + "', 'digital', '', 'alle', 'for-alle', null, 'SUBMITTED', null, null, null,"
                + " now(), null, null, null, 0, gen_random_uuid()) returning id \\gset"),
            timeline("SUBMITTED", AUTHOR),
            outbox("samskap.proposals.idea", ":id", Envelope.SUBMITTED),
            new Statement("insert into S.idea_follow (idea_id, person_id, following, changed_at) values (" + IDEA
                + ", " + AUTHOR + ", true, now()) on conflict (idea_id, person_id) do nothing"),
            outbox("samskap.proposals.idea", ":id", Envelope.FOLLOWED),
            published("update S.idea set municipality = " + MUNICIPALITY + ", author_id = " + AUTHOR
                + ", title = " + TITLE + ", body = '" + BODY + "', service_area = 'digital', strategic_values = '',"
                + " target_groups = 'alle', cost_model = 'for-alle', place = null, status = 'PUBLISHED', hidden_reason"
                + " = null, hidden_by = null, hidden_at = null, submitted_at = now(), published_at = now(), respond_by"
                + " = null, answer = null, version = 1 where (id = " + IDEA + " and version = 0)"),
            published(timeline("PUBLISHED", "'samskap'")),
            published(outbox("samskap.proposals.idea", ":id", Envelope.PUBLISHED)),
            published("select person_id from S.idea_follow where idea_id = " + IDEA + " and following"),
            published("insert into S.notification (person_id, idea_id, idea_title, kind, note, created_at) values"
                + " (" + AUTHOR + ", " + IDEA + ", " + TITLE + ", 'published', '', now()) returning id"),
            published(outbox("samskap.notifications.feed", AUTHOR, Envelope.NOTIFIED)),
            // pgbench reads a colon before a letter or digit as a variable, so the key's separators are dashes.
            new Statement("insert into S.rate_limit_window as w (limit_key, window_start, hits) values ('person-' || "
                + MUNICIPALITY + " || '-d112e1ae1e7dcbe8a00ade1a97bd9f61ebfffee81379d6845f33095b0951127' || :author,"
                + " date_trunc('minute', now()), 1) on conflict (limit_key) do update set hits = case when"
                + " excluded.window_start > w.window_start then 1 else w.hits + 1 end, window_start ="
                + " greatest(w.window_start, excluded.window_start) returning hits, window_start"));
    }

    /**
     * The submission's transaction in {@code schema}: the target's baseline. The publication's statements run for the
     * authors of the municipalities in {@code postModerated}, the others' ideas wait for a moderator.
     */
    static String submission(String schema, Set<String> postModerated) {
        var script = new StringBuilder(VARIABLES).append("BEGIN;\n");
        var inPublication = false;
        for (var statement : statements()) {
            if (statement.publication() != inPublication) {
                script.append(inPublication ? "\\endif\n" : "\\if " + condition(postModerated) + "\n");
                inPublication = statement.publication();
            }
            script.append(statement.sql()).append(statement.sql().endsWith("\\gset") ? "\n" : ";\n");
        }
        return script.append("COMMIT;\n").toString().replace("S.", schema + ".");
    }

    private static String condition(Set<String> postModerated) {
        return postModerated.isEmpty() ? "false" : postModerated.stream().sorted()
            .map(municipality -> ":municipality = " + municipality).collect(Collectors.joining(" or "));
    }

    /**
     * Rows inserted per submission on average, by table, when the authors take turns and those of the municipalities
     * in {@code postModerated} have their ideas published at once.
     */
    static Map<String, Double> insertedRows(Set<String> postModerated) {
        var authors = AUTHORS_BY_MUNICIPALITY.values().stream().mapToInt(Integer::intValue).sum();
        var published = (double) postModerated.stream().mapToInt(municipality -> AUTHORS_BY_MUNICIPALITY
            .getOrDefault(municipality, 0)).sum() / authors;
        return statements().stream().filter(Statement::insertsARow)
            .collect(Collectors.toMap(Statement::table, statement -> statement.publication() ? published : 1.0,
                Double::sum, TreeMap::new));
    }

    private static Statement published(String sql) {
        return new Statement(sql, true);
    }

    private static Statement published(Statement statement) {
        return new Statement(statement.sql(), true);
    }

    private static Statement timeline(String status, String actor) {
        return new Statement("insert into S.idea_timeline (idea_id, position, status, moderation, actor_id, note,"
            + " occurred_at, previous_respond_by, respond_by, event_id) select " + IDEA + ", coalesce(max(position),"
            + " 0) + 1, '" + status + "', null, " + actor + ", '', now(), null, null, null from S.idea_timeline where"
            + " idea_id = " + IDEA);
    }

    private static Statement outbox(String topic, String key, String envelope) {
        return new Statement("insert into S.outbox_message (message_id, topic, message_key, message_type, envelope,"
            + " request_id) values (gen_random_uuid(), '" + topic + "', " + key + ", '" + Envelope.type(envelope)
            + "', '" + Envelope.escaped(envelope) + "', gen_random_uuid())");
    }

    /**
     * The envelopes the service wrote for the logged submission, of the same sizes. pgbench reads a colon followed by
     * a letter or digit as a variable anywhere in a statement, even inside quotes, so colons in values are written as
     * JSON's escape and the separators with a space.
     */
    static final class Envelope {

        private static final String IDEA_ID = "a5cd0b3b-fc73-46ca-bfb2-af2dc402859f";
        private static final String AUTHOR_ID = "5a3b0000-0000-4000-8000-000000000001";
        private static final String TITLE = "Benker langs elva, forslag 123456789";
        private static final String HEAD = "{\"id\":\"e46cd9d5-7b1e-41f6-a7fe-9a72998fb831\",\"type\":\"%s\","
            + "\"version\":1,\"occurredAt\":\"2026-12-07T17:47:19.983288Z\",\"municipality\":\"1833\","
            + "\"aggregateType\":\"%s\",\"aggregateId\":\"%s\",\"payload\":";
        static final String SUBMITTED = HEAD.formatted("idea-submitted", "idea", IDEA_ID) + "{\"ideaId\":\"" + IDEA_ID
            + "\",\"authorId\":\"" + AUTHOR_ID + "\",\"title\":\"" + TITLE + "\",\"body\":\"" + BODY
            + "\",\"serviceArea\":\"digital\",\"submittedAt\":\"2026-12-07T17:47:19.983288Z\",\"strategicValues\":[],"
            + "\"targetGroups\":[\"alle\"],\"costModel\":\"for-alle\",\"place\":null,\"originFeedbackId\":null}}";
        static final String FOLLOWED = HEAD.formatted("idea-followed", "idea", IDEA_ID) + "{\"ideaId\":\"" + IDEA_ID
            + "\",\"followerId\":\"" + AUTHOR_ID + "\",\"followedAt\":\"2026-12-07T17:47:20.001667Z\"}}";
        static final String PUBLISHED = HEAD.formatted("idea-published", "idea", IDEA_ID) + "{\"ideaId\":\"" + IDEA_ID
            + "\",\"publishedBy\":\"samskap\",\"publishedAt\":\"2026-12-07T17:47:20.030799Z\"}}";
        static final String NOTIFIED = HEAD.formatted("person-notified", "feed", AUTHOR_ID) + "{\"personId\":\""
            + AUTHOR_ID + "\",\"notificationId\":\"b54fc385-9b14-4158-b06d-fb83893bd75a\",\"service\":\"proposals\","
            + "\"subject\":{\"type\":\"idea\",\"id\":\"" + IDEA_ID + "\",\"title\":\"" + TITLE + "\",\"linkPath\":"
            + "\"/ideer/" + IDEA_ID + "\"},\"kind\":\"published\",\"note\":\"\",\"notifiedAt\":"
            + "\"2026-12-07T17:47:20.030799Z\"}}";
        private static final Pattern TYPE = Pattern.compile("\"type\":\"([a-z-]+)\"");

        private Envelope() {
        }

        static String type(String envelope) {
            var type = TYPE.matcher(envelope);
            type.find();
            return type.group(1);
        }

        static String escaped(String envelope) {
            return envelope.replace("\":", "\"\u0000").replace(":", "\\u003a").replace("\"\u0000", "\": ");
        }
    }
}
