package no.samskap.bench.http;

import java.util.List;

/**
 * The statements one idea submission makes in the proposals service under post-moderation, as pgbench scripts. They
 * were taken from PostgreSQL's statement log ({@code log_statement = 'all'}) of one {@code POST /ideas} on the start
 * command's platform, 2026-12-07, and are kept in the order and shape the service sends them. The request runs four
 * transactions: the block check, the rate-limit count, the submission itself (sixteen statements: the ten writes
 * issue 18 names and six reads) and the read of the idea it answers with (nine reads).
 */
final class SubmissionStatements {

    /** The tables those statements touch, copied from the proposals schema into the scratch one. */
    static final List<String> TABLES = List.of("person_block", "municipality_settings", "rate_limit_window", "idea",
        "idea_timeline", "outbox_message", "idea_follow", "notification", "idea_support", "idea_comment",
        "idea_origin");
    /** Copied with their rows, so the reads find what they find on the platform. */
    static final List<String> WITH_ROWS = List.of("person_block", "municipality_settings", "idea");

    private static final String AUTHOR = "'bench-' || :author";
    private static final String TITLE = "'Benker langs elva, forslag ' || :title";
    private static final String BODY = "Flere benker langs elvepromenaden, slik at eldre og barnefamilier kan hvile"
        + " underveis.";

    private SubmissionStatements() {
    }

    /** The submission's own transaction: the target's baseline. */
    static String submission(String schema) {
        return (variables() + "BEGIN;\n" + submissionStatements() + "COMMIT;\n").replace("S.", schema + ".");
    }

    /** Every transaction the request makes, for reference: what the database alone needs for the whole request. */
    static String wholeRequest(String schema) {
        return (variables()
            + "BEGIN READ ONLY;\n" + blockCheck() + "COMMIT;\n"
            + "BEGIN;\n" + """
                insert into S.rate_limit_window as w (limit_key, window_start, hits)
                 values ('person-1833-' || :author, date_trunc('minute', now()), 1)
                 on conflict (limit_key) do update set
                 hits = case when excluded.window_start > w.window_start then 1 else w.hits + 1 end,
                 window_start = greatest(w.window_start, excluded.window_start) returning hits, window_start;
                """.replace("\n ", " ") + "COMMIT;\n"
            + "BEGIN;\n" + submissionStatements() + "COMMIT;\n"
            + "BEGIN READ ONLY;\n" + readBack() + "COMMIT;\n").replace("S.", schema + ".");
    }

    private static String variables() {
        return "\\set author random(1, 5)\n\\set title random(1, 1000000000)\n";
    }

    private static String blockCheck() {
        return "select exists (select 1 as one from S.person_block where (municipality = '1833' and subject = "
            + AUTHOR + "));\n";
    }

    private static String submissionStatements() {
        return blockCheck()
            + "select moderation, support_threshold, report_threshold, service_areas, name, response_reminder_days"
            + " from S.municipality_settings where municipality = '1833';\n"
            + "select * from S.idea where author_id = " + AUTHOR + " and municipality = '1833' and submitted_at >="
            + " now() - interval '10 minutes' and lower(title) = lower(" + TITLE + ") and status <> 'WITHDRAWN'"
            + " order by submitted_at, id limit 1;\n"
            + "insert into S.idea (municipality, author_id, title, body, service_area, strategic_values,"
            + " target_groups, cost_model, place, status, hidden_reason, hidden_by, hidden_at, submitted_at,"
            + " published_at, respond_by, answer, version, id) values ('1833', " + AUTHOR + ", " + TITLE + ", '"
            + BODY + "', 'digital', '', 'alle', 'for-alle', null, 'SUBMITTED', null, null, null, now(), null, null,"
            + " null, 0, gen_random_uuid()) returning id \\gset\n"
            + timeline("SUBMITTED", AUTHOR)
            + outbox("samskap.proposals.idea", ":id", "idea-submitted")
            + "insert into S.idea_follow (idea_id, person_id, following, changed_at) values (cast(:id as uuid), "
            + AUTHOR + ", true, now()) on conflict (idea_id, person_id) do nothing;\n"
            + outbox("samskap.proposals.idea", ":id", "idea-followed")
            + selectIdea()
            + "update S.idea set municipality = '1833', author_id = " + AUTHOR + ", title = " + TITLE + ", body = '"
            + BODY + "', service_area = 'digital', strategic_values = '', target_groups = 'alle', cost_model ="
            + " 'for-alle', place = null, status = 'PUBLISHED', hidden_reason = null, hidden_by = null, hidden_at ="
            + " null, submitted_at = now(), published_at = now(), respond_by = null, answer = null, version = 1"
            + " where (id = cast(:id as uuid) and version = 0);\n"
            + timeline("PUBLISHED", "'samskap'")
            + blockCheck()
            + outbox("samskap.proposals.idea", ":id", "idea-published")
            + "select person_id from S.idea_follow where idea_id = cast(:id as uuid) and following;\n"
            + "insert into S.notification (person_id, idea_id, idea_title, kind, note, created_at) values (" + AUTHOR
            + ", cast(:id as uuid), " + TITLE + ", 'published', '', now()) returning id;\n"
            + outbox("samskap.notifications.feed", AUTHOR, "person-notified");
    }

    private static String readBack() {
        return selectIdea()
            + blockCheck()
            + "select support_count from S.idea where id = cast(:id as uuid);\n"
            + "select status, moderation, actor_id, note, occurred_at, previous_respond_by, respond_by, event_id"
            + " from S.idea_timeline where idea_id = cast(:id as uuid) order by position;\n"
            + "select moderation, support_threshold, report_threshold, service_areas, name, response_reminder_days"
            + " from S.municipality_settings where municipality = '1833';\n"
            + "select count(*) from S.idea_support where idea_id = cast(:id as uuid) and supporter_id = " + AUTHOR + ";\n"
            + "select count(*) from S.idea_comment where (idea_id = cast(:id as uuid) and hidden_at is null);\n"
            + "select exists (select 1 as one from S.idea_follow where (idea_id = cast(:id as uuid) and person_id = "
            + AUTHOR + " and following));\n"
            + "select feedback_id from S.idea_origin where idea_id = cast(:id as uuid);\n";
    }

    private static String selectIdea() {
        return "select id, version, municipality, author_id, title, body, service_area, strategic_values,"
            + " target_groups, cost_model, place, status, hidden_reason, hidden_by, hidden_at, submitted_at,"
            + " published_at, respond_by, answer from S.idea where (id = cast(:id as uuid));\n";
    }

    private static String timeline(String status, String actor) {
        return "insert into S.idea_timeline (idea_id, position, status, moderation, actor_id, note, occurred_at,"
            + " previous_respond_by, respond_by, event_id) select cast(:id as uuid), coalesce(max(position), 0) + 1, '"
            + status + "', null, " + actor + ", '', now(), null, null, null from S.idea_timeline where idea_id ="
            + " cast(:id as uuid);\n";
    }

    private static String outbox(String topic, String key, String type) {
        return "insert into S.outbox_message (message_id, topic, message_key, message_type, envelope, request_id)"
            + " values (gen_random_uuid(), '" + topic + "', " + key + ", '" + type + "', '" + Envelope.of(type)
            + "', gen_random_uuid());\n";
    }

    /**
     * An envelope of the size the service writes (about 700 bytes). pgbench reads a colon followed by a letter or
     * digit as a variable anywhere in a statement, even inside quotes, so colons in values are written as JSON's
     * escape and the separators with a space.
     */
    static final class Envelope {

        private Envelope() {
        }

        static String of(String type) {
            var json = "{\"id\":\"4499537d-e7d0-4ea4-b454-09b0c5e55ad4\",\"type\":\"" + type + "\",\"version\":1,"
                + "\"occurredAt\":\"2026-12-07T04:14:05.966034Z\",\"municipality\":\"1833\",\"aggregateType\":"
                + "\"idea\",\"aggregateId\":\"c0210e90-c5ea-40b3-bb62-f82a1f1e2c5f\",\"payload\":{\"ideaId\":"
                + "\"c0210e90-c5ea-40b3-bb62-f82a1f1e2c5f\",\"authorId\":\"5a3b0000-0000-4000-8000-000000000001\","
                + "\"title\":\"Benker langs elva, forslag 123456789\",\"body\":\"" + BODY + "\",\"serviceArea\":"
                + "\"digital\",\"submittedAt\":\"2026-12-07T04:14:05.966034Z\",\"strategicValues\":[],"
                + "\"targetGroups\":[\"alle\"],\"costModel\":\"for-alle\",\"place\":null,\"originFeedbackId\":null}}";
            return json.replace("\":", "\"\u0000").replace(":", "\\u003a").replace("\"\u0000", "\": ");
        }
    }
}
