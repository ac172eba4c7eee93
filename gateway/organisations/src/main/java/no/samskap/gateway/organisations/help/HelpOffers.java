package no.samskap.gateway.organisations.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the offers of help as the help topic told them; who offered is read only for that person or for staff. */
@Singleton
public class HelpOffers {

    /** One offer; {@code associationId} is null for a volunteer's own offer. */
    public record Offer(UUID id, String municipality, UUID ideaId, @Nullable UUID associationId, String offeredBy,
                        String kind, @Nullable BigDecimal hours, List<String> skills, String description,
                        String status, Instant offeredAt) {

        public boolean byAnAssociation() {
            return associationId != null;
        }
    }

    private static final String COLUMNS = """
        select id, municipality, idea_id, association_id, offered_by, kind, hours, skills, description, status,
               offered_at
          from help_offer""";

    private final DSLContext sql;

    HelpOffers(DSLContext sql) {
        this.sql = sql;
    }

    /** The accepted offers to an idea, oldest first, as the idea page shows them to anyone. */
    @Transactional(readOnly = true)
    public List<Offer> acceptedFor(UUID idea) {
        return sql.fetch(COLUMNS + " where idea_id = ? and status = 'accepted' order by offered_at, id", idea)
            .map(HelpOffers::offer);
    }

    /** The offers an association made that staff accepted, newest first. */
    @Transactional(readOnly = true)
    public List<Offer> acceptedOf(UUID association) {
        return sql.fetch(COLUMNS + " where association_id = ? and status = 'accepted' order by offered_at desc, id",
            association).map(HelpOffers::offer);
    }

    /** The offers the person made, newest first. */
    @Transactional(readOnly = true)
    public List<Offer> madeBy(String person) {
        return sql.fetch(COLUMNS + " where offered_by = ? order by offered_at desc, id", person).map(HelpOffers::offer);
    }

    /** The offers in a municipality waiting for its staff's answer, oldest first. */
    @Transactional(readOnly = true)
    public List<Offer> waitingIn(String municipality) {
        return sql.fetch(COLUMNS + " where municipality = ? and status = 'offered' order by offered_at, id",
            municipality).map(HelpOffers::offer);
    }

    @Transactional(readOnly = true)
    public Optional<Offer> find(UUID offer) {
        return sql.fetchOptional(COLUMNS + " where id = ?", offer).map(HelpOffers::offer);
    }

    /** Whether the offer is listed with this status, for a write to wait until the read model shows it. */
    @Transactional(readOnly = true)
    public boolean hasStatus(UUID offer, String status) {
        return sql.fetchExists(sql.selectOne().from("help_offer").where("id = ? and status = ?", offer, status));
    }

    private static Offer offer(Record row) {
        var skills = row.get("skills", String[].class);
        return new Offer(row.get("id", UUID.class), row.get("municipality", String.class),
            row.get("idea_id", UUID.class), row.get("association_id", UUID.class),
            row.get("offered_by", String.class), row.get("kind", String.class), row.get("hours", BigDecimal.class),
            skills == null ? List.of() : Arrays.asList(skills), row.get("description", String.class),
            row.get("status", String.class), row.get("offered_at", OffsetDateTime.class).toInstant());
    }
}
