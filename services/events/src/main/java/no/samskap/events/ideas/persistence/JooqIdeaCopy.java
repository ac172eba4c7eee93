package no.samskap.events.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.ideas.application.IdeaCopy;
import no.samskap.events.ideas.application.IdeasForEvents;
import no.samskap.events.ideas.domain.CopiedIdea;
import no.samskap.events.ideas.domain.HelpOffer;
import no.samskap.events.ideas.domain.IdeaStanding;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Ideas and offers of help in the events service's own tables; each change is safe to apply twice. */
@Singleton
class JooqIdeaCopy implements IdeaCopy, IdeasForEvents {

    private final DSLContext sql;

    JooqIdeaCopy(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void submitted(UUID idea, String municipality, String title, String description, String serviceArea,
                          Instant at) {
        sql.execute("""
                insert into idea_copy (id, municipality, title, description, service_area, status, changed_at)
                values (?, ?, ?, ?, ?, 'submitted', ?::timestamptz)
                on conflict (id) do nothing""",
            idea, municipality, title, description == null ? "" : description, serviceArea, at(at));
    }

    @Override
    public void edited(UUID idea, String title, String description, String serviceArea, Instant at) {
        sql.execute("""
                update idea_copy set title = ?, description = ?, service_area = ?, changed_at = ?::timestamptz
                where id = ?""",
            title, description == null ? "" : description, serviceArea, at(at), idea);
    }

    @Override
    public void standing(UUID idea, IdeaStanding standing, Instant at) {
        sql.execute("update idea_copy set status = ?, changed_at = ?::timestamptz where id = ?",
            standing.code(), at(at), idea);
    }

    @Override
    public void helpOffered(UUID offer, UUID idea, UUID association, String kind, Double hours, String description,
                            Instant at) {
        sql.execute("""
                insert into help_offer_copy (id, idea_id, association_id, kind, hours, description, status, changed_at)
                values (?, ?, ?, ?, ?, ?, 'offered', ?::timestamptz)
                on conflict (id) do nothing""",
            offer, idea, association, kind, hours, description == null ? "" : description, at(at));
    }

    @Override
    public void helpAnswered(UUID offer, boolean accepted, Instant at) {
        sql.execute("update help_offer_copy set status = ?, changed_at = ?::timestamptz where id = ?",
            accepted ? "accepted" : "declined", at(at), offer);
    }

    @Override
    public void forgetIdeas() {
        sql.execute("delete from idea_copy");
    }

    @Override
    public void forgetHelp() {
        sql.execute("delete from help_offer_copy");
    }

    @Override
    public Optional<CopiedIdea> lock(UUID idea) {
        return sql.fetchOptional("select * from idea_copy where id = ? for update", idea).map(row -> new CopiedIdea(
            row.get("id", UUID.class), new MunicipalityNumber(row.get("municipality", String.class)),
            row.get("title", String.class), row.get("description", String.class),
            row.get("service_area", String.class),
            IdeaStanding.fromCode(row.get("status", String.class)).orElseThrow()));
    }

    @Override
    public List<HelpOffer> acceptedHelp(UUID idea) {
        return sql.fetch("""
                select id, idea_id, association_id, kind, hours, description from help_offer_copy
                where idea_id = ? and status = 'accepted' order by changed_at, id""", idea)
            .map(JooqIdeaCopy::offer);
    }

    @Override
    public void carryOver(EventId event, List<HelpOffer> offers) {
        offers.forEach(offer -> sql.execute("""
                insert into event_help_offer (event_id, offer_id, idea_id, association_id, kind, hours, description)
                values (?, ?, ?, ?, ?, ?, ?)""",
            event.value(), offer.id(), offer.ideaId(), offer.associationId(), offer.kind(), offer.hours(),
            offer.description()));
    }

    @Override
    public List<HelpOffer> carriedOverTo(EventId event) {
        return sql.fetch("""
                select offer_id as id, idea_id, association_id, kind, hours, description from event_help_offer
                where event_id = ? order by offer_id""", event.value())
            .map(JooqIdeaCopy::offer);
    }

    private static HelpOffer offer(Record row) {
        return new HelpOffer(row.get("id", UUID.class), row.get("idea_id", UUID.class),
            row.get("association_id", UUID.class), row.get("kind", String.class), row.get("hours", Double.class),
            row.get("description", String.class));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
