package no.samskap.gateway.ideas.opendata;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Every published idea of a municipality, as open data: what was proposed and what came of it, no personal data. */
@Singleton
class OpenIdeas {

    @io.micronaut.serde.annotation.Serdeable
    record OpenIdea(String id, String municipality, String title, String body, String serviceArea, String status,
                    String submittedAt, String publishedAt, String respondBy, String answer, int supportCount,
                    int commentCount) {
    }

    private final DSLContext sql;

    OpenIdeas(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    List<OpenIdea> of(String municipality) {
        return sql.fetch("""
                select id, municipality, title, body, service_area, status, submitted_at, published_at, respond_by, answer,
                       support_count, comment_count
                  from idea_board
                 where municipality = ? and published_at is not null
                 order by submitted_at, id""", municipality)
            .map(row -> new OpenIdea(row.get("id").toString(), row.get("municipality", String.class),
                row.get("title", String.class), row.get("body", String.class), row.get("service_area", String.class),
                row.get("status", String.class), row.get("submitted_at", OffsetDateTime.class).toInstant().toString(),
                row.get("published_at", OffsetDateTime.class).toInstant().toString(),
                Optional.ofNullable(row.get("respond_by", LocalDate.class)).map(LocalDate::toString).orElse(""),
                Optional.ofNullable(row.get("answer", String.class)).orElse(""),
                row.get("support_count", Integer.class), row.get("comment_count", Integer.class)));
    }
}
