package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.application.HelpNews;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@Singleton
class JooqHelpNewsTold implements HelpNews.HelpNewsTold {

    private final DSLContext sql;

    JooqHelpNewsTold(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public boolean firstTime(String offerId, UUID ideaId, Instant at) {
        return sql.execute("""
                insert into idea_help_news (offer_id, idea_id, told_at) values (?, ?, ?::timestamptz)
                on conflict (offer_id) do nothing""", offerId, ideaId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)) > 0;
    }
}
