package no.samskap.feedback.privacy;

import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.RowsWritten;

import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A person with a row in every table of the feedback service that can name someone: their own feedback, appeal,
 * report and attendance, and what they did as staff to a neighbour's feedback, which the neighbour handled in turn.
 */
final class FeedbackPersonFixture {

    record Filled(String subject, String name, String email, String phone, String neighbour, UUID theirFeedback,
                  UUID othersFeedback) {
    }

    private static final String GIVEN = """
        insert into feedback (id, municipality, event_id, unit, author_id, author_name, anonymous, rating, text,
                              wish_next, idea_consent, respond_by, given_at, answer_text, answer_public, answered_by,
                              answered_at, answered_on_time, hidden_reason, hidden_cause, hidden_by, hidden_at,
                              open_reports)
        values (?, '1833', ?, ?, ?, ?, false, 4, 'Fin kveld, men for lite lys.', 'Mer jazz.', true,
                current_date + 14, now(), 'Takk, vi ser på lyset.', true, ?, now(), true, 'Sjekkes', 'moderation', ?,
                now(), 1)""";

    private final ApplicationUnderTest feedback;

    private FeedbackPersonFixture(ApplicationUnderTest feedback) {
        this.feedback = feedback;
    }

    static FeedbackPersonFixture in(ApplicationUnderTest feedback) {
        return new FeedbackPersonFixture(feedback);
    }

    Filled fill() throws SQLException {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var person = new Filled("erased-" + UUID.randomUUID(), "Ingrid Slett" + token,
            "ingrid." + token + "@example.no", "+47 4" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999),
            "kept-" + UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        var event = UUID.randomUUID();
        try (var jdbc = feedback.connect()) {
            var rows = new RowsWritten(jdbc);
            rows.execute("""
                insert into event_copy (id, municipality, title, starts_at, ends_at, described_at, completed_at)
                values (?, '1833', 'Jazzkveld', now() - interval '2 days', now() - interval '2 days' + interval '2 hours',
                        now(), now())""", event);
            var attended = """
                insert into attendance (event_id, source_id, person_id, registered_at, checked_in_at)
                values (?, ?, ?, now() - interval '5 days', now() - interval '2 days')""";
            rows.execute(attended, event, UUID.randomUUID().toString(), person.subject());
            rows.execute(attended, event, UUID.randomUUID().toString(), person.neighbour());
            rows.execute(GIVEN, person.theirFeedback(), null, "bibliotek", person.subject(), person.name(),
                person.neighbour(), person.neighbour());
            rows.execute(GIVEN, person.othersFeedback(), event, null, person.neighbour(), "Nils Nabo",
                person.subject(), person.subject());
            handled(rows, person.theirFeedback(), person.neighbour());
            handled(rows, person.othersFeedback(), person.subject());
        }
        return person;
    }

    /** Someone else's feedback as {@code other} reported it and, as staff, handled its appeal, date and idea. */
    private static void handled(RowsWritten rows, UUID feedback, String other) throws SQLException {
        rows.execute("""
            insert into feedback_report (feedback_id, reporter_id, reason, reported_at)
            values (?, ?, 'Usaklig', now())""", feedback, other);
        rows.execute("""
            insert into feedback_appeal (feedback_id, text, contested_decision_by, appealed_at, restored, decided_by,
                                         decision_reason, decided_at)
            values (?, 'Den var saklig.', ?, now(), true, ?, 'Gjenopprettet', now())""", feedback, other, other);
        rows.execute("""
            insert into feedback_response_date_change (feedback_id, respond_by, reason, changed_by, changed_at)
            values (?, current_date + 30, 'Ferie', ?, now())""", feedback, other);
        rows.execute("""
            insert into idea_of_feedback (feedback_id, idea_id, title, turned_by, turned_at)
            values (?, ?, 'Mer lys', ?, now())""", feedback, UUID.randomUUID(), other);
    }
}
