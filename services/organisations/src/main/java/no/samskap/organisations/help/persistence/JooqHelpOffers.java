package no.samskap.organisations.help.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.help.domain.HelpKind;
import no.samskap.organisations.help.domain.HelpOffer;
import no.samskap.organisations.help.domain.HelpOffers;
import no.samskap.organisations.help.domain.OfferStatus;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JooqHelpOffers implements HelpOffers {

    private final DSLContext sql;

    JooqHelpOffers(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void add(HelpOffer offer) {
        sql.execute("""
                insert into help_offer (id, municipality, idea_id, association_id, offered_by, kind, hours, skills,
                                        description, status, offered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?::timestamptz)""",
            offer.id(), offer.municipality().value(), offer.ideaId(), associationOf(offer), offer.offeredBy(),
            offer.kind().code(), offer.hours() == null ? null : BigDecimal.valueOf(offer.hours()),
            offer.skills().toArray(String[]::new), offer.description(), offer.status().code(),
            SqlTimes.of(offer.offeredAt()));
    }

    @Override
    public Optional<HelpOffer> find(UUID id) {
        return sql.fetchOptional("select * from help_offer where id = ?", id).map(JooqHelpOffers::toOffer);
    }

    @Override
    public Optional<HelpOffer> findForDecision(UUID id) {
        return sql.fetchOptional("select * from help_offer where id = ? for update", id).map(JooqHelpOffers::toOffer);
    }

    @Override
    public void decide(HelpOffer decided) {
        var decision = decided.decision();
        sql.execute("""
                update help_offer set status = ?, decided_by = ?, decided_at = ?::timestamptz, decision_note = ?
                where id = ? and status = 'offered'""",
            decided.status().code(), decision.by(), SqlTimes.of(decision.at()), decision.note(), decided.id());
    }

    @Override
    public List<HelpOffer> ofIdea(UUID ideaId, OfferStatus status) {
        return sql.fetch("select * from help_offer where idea_id = ? and status = ? order by offered_at desc, id",
            ideaId, status.code()).map(JooqHelpOffers::toOffer);
    }

    @Override
    public List<HelpOffer> ofAssociation(AssociationId associationId, OfferStatus status) {
        return sql.fetch("""
                select * from help_offer where association_id = ? and status = ? order by offered_at desc, id""",
            associationId.value(), status.code()).map(JooqHelpOffers::toOffer);
    }

    @Override
    public List<HelpOffer> by(String personId) {
        return sql.fetch("select * from help_offer where offered_by = ? order by offered_at desc, id", personId)
            .map(JooqHelpOffers::toOffer);
    }

    @Override
    public List<HelpOffer> waitingIn(MunicipalityNumber municipality) {
        return sql.fetch("""
                select * from help_offer where municipality = ? and status = 'offered' order by offered_at, id""",
            municipality.value()).map(JooqHelpOffers::toOffer);
    }

    private static UUID associationOf(HelpOffer offer) {
        return offer.associationId() == null ? null : offer.associationId().value();
    }

    private static HelpOffer toOffer(Record row) {
        var hours = row.get("hours", BigDecimal.class);
        var decidedAt = row.get("decided_at", OffsetDateTime.class);
        var decision = decidedAt == null ? null : new HelpOffer.Decision(row.get("decided_by", String.class),
            decidedAt.toInstant(), row.get("decision_note", String.class));
        var associationId = row.get("association_id", UUID.class);
        return new HelpOffer(row.get("id", UUID.class), new MunicipalityNumber(row.get("municipality", String.class)),
            row.get("idea_id", UUID.class), associationId == null ? null : new AssociationId(associationId),
            row.get("offered_by", String.class), HelpKind.fromCode(row.get("kind", String.class)),
            hours == null ? null : hours.doubleValue(), List.of(row.get("skills", String[].class)),
            row.get("description", String.class),
            OfferStatus.fromCode(row.get("status", String.class)).orElseThrow(), decision,
            row.get("offered_at", OffsetDateTime.class).toInstant());
    }
}
