package no.samskap.gateway.shell.notifications.digest;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.notifications.Feeds;
import no.samskap.gateway.shell.web.Language;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Optional;

/**
 * Each person's choice of digest. The address is kept only while a digest is on, and is the one their sign-in gave
 * when they chose; the language is the one the page was in.
 */
@Singleton
class DigestChoices {

    record DigestChoice(DigestFrequency frequency, Language language) {
    }

    private final DSLContext sql;

    DigestChoices(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    Optional<DigestChoice> of(String personId) {
        return sql.fetchOptional("select frequency, language from notification_digest where person_id = ?", personId)
            .map(row -> new DigestChoice(DigestFrequency.coded(row.get(0, String.class)).orElseThrow(),
                Language.valueOf(row.get(1, String.class))));
    }

    /**
     * Entries told before a digest was first turned on are not sent: {@code chosen_at} moves only when it goes from
     * off to on.
     */
    @Transactional
    void choose(String personId, DigestFrequency frequency, String email, Language language, Instant now) {
        var on = frequency != DigestFrequency.OFF;
        sql.execute("""
                insert into notification_digest (person_id, frequency, email, language, chosen_at, next_due_at)
                values (?, ?, ?, ?, ?::timestamptz, ?::timestamptz)
                on conflict (person_id) do update set frequency = excluded.frequency, email = excluded.email, language = excluded.language, next_due_at = excluded.next_due_at,
                chosen_at = case when notification_digest.frequency = 'off' then excluded.chosen_at
                else notification_digest.chosen_at end""",
            personId, frequency.code(), on ? email : null, language.name(), Feeds.utc(now),
            frequency.nextAfter(now).map(Feeds::utc).orElse(null));
    }
}
