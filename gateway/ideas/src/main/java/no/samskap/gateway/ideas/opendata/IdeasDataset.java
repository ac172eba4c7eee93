package no.samskap.gateway.ideas.opendata;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.opendata.OpenDataset;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Every published idea of a municipality, as open data: what was proposed and what came of it, no personal data. */
@Singleton
class IdeasDataset implements OpenDataset {

    private static final List<String> COLUMNS = List.of("id", "municipality", "title", "body", "serviceArea", "status",
        "submittedAt", "publishedAt", "respondBy", "answer", "supportCount", "commentCount");

    private final DSLContext sql;

    IdeasDataset(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "ideas";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<Object>> rows(String municipality) {
        return sql.fetch("""
                select id, municipality, title, body, service_area, status, submitted_at, published_at, respond_by, answer,
                       support_count, comment_count
                  from idea_board
                 where municipality = ? and published_at is not null
                 order by submitted_at, id""", municipality)
            .map(row -> List.<Object>of(row.get("id").toString(), row.get("municipality", String.class),
                row.get("title", String.class), row.get("body", String.class), row.get("service_area", String.class),
                row.get("status", String.class), row.get("submitted_at", OffsetDateTime.class).toInstant().toString(),
                row.get("published_at", OffsetDateTime.class).toInstant().toString(),
                Optional.ofNullable(row.get("respond_by", LocalDate.class)).map(LocalDate::toString).orElse(""),
                Optional.ofNullable(row.get("answer", String.class)).orElse(""),
                row.get("support_count", Integer.class), row.get("comment_count", Integer.class)));
    }
}
