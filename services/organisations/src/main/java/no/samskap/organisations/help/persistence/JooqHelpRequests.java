package no.samskap.organisations.help.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.help.domain.HelpRequest;
import no.samskap.organisations.help.domain.HelpRequests;
import no.samskap.organisations.help.domain.Interest;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JooqHelpRequests implements HelpRequests {

    private final DSLContext sql;

    JooqHelpRequests(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void add(HelpRequest request) {
        sql.execute("""
                insert into help_request (id, municipality, association_id, idea_id, task, starts_at, ends_at, place,
                                          skills, requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?::text[], ?, ?::timestamptz)""",
            request.id(), request.municipality().value(),
            request.associationId() == null ? null : request.associationId().value(), request.ideaId(),
            request.task(), SqlTimes.of(request.startsAt()), SqlTimes.of(request.endsAt()), request.place(),
            request.skills().toArray(String[]::new), request.requestedBy(), SqlTimes.of(request.requestedAt()));
    }

    @Override
    public Optional<HelpRequest> find(UUID id) {
        return sql.fetchOptional("select * from help_request where id = ?", id).map(JooqHelpRequests::toRequest);
    }

    @Override
    public boolean take(HelpRequest taken) {
        return sql.execute("""
                update help_request set taken_by = ?, taken_at = ?::timestamptz where id = ? and taken_by is null""",
            taken.takenBy(), SqlTimes.of(taken.takenAt()), taken.id()) == 1;
    }

    @Override
    public List<HelpRequest> openIn(MunicipalityNumber municipality) {
        return sql.fetch("""
                select * from help_request where municipality = ? and taken_by is null order by starts_at, id""",
            municipality.value()).map(JooqHelpRequests::toRequest);
    }

    @Override
    public boolean addInterest(Interest interest) {
        return sql.execute("""
                insert into help_interest (request_id, volunteer_id, shown_at) values (?, ?, ?::timestamptz)
                on conflict do nothing""",
            interest.requestId(), interest.volunteerId(), SqlTimes.of(interest.shownAt())) == 1;
    }

    @Override
    public List<Interest> interestIn(UUID requestId) {
        return sql.fetch("select * from help_interest where request_id = ? order by shown_at, volunteer_id",
            requestId).map(JooqHelpRequests::toInterest);
    }

    @Override
    public List<Interest> interestOf(String volunteerId) {
        return sql.fetch("select * from help_interest where volunteer_id = ? order by shown_at desc", volunteerId)
            .map(JooqHelpRequests::toInterest);
    }

    @Override
    public List<Interest> unansweredSince(Instant shownBefore, int limit) {
        // Skips rows another run has locked, so two runs at once cannot remind about the same interest twice.
        return sql.fetch("""
                select interest.* from help_interest interest
                join help_request request on request.id = interest.request_id
                where interest.reminded_at is null and interest.shown_at < ?::timestamptz and request.taken_by is null
                order by interest.shown_at limit ? for update of interest skip locked""",
            SqlTimes.of(shownBefore), limit).map(JooqHelpRequests::toInterest);
    }

    @Override
    public void reminded(Interest interest, Instant at) {
        sql.execute("update help_interest set reminded_at = ?::timestamptz where request_id = ? and volunteer_id = ?",
            SqlTimes.of(at), interest.requestId(), interest.volunteerId());
    }

    private static HelpRequest toRequest(Record row) {
        var associationId = row.get("association_id", UUID.class);
        var takenAt = row.get("taken_at", OffsetDateTime.class);
        return new HelpRequest(row.get("id", UUID.class), new MunicipalityNumber(row.get("municipality", String.class)),
            associationId == null ? null : new AssociationId(associationId), row.get("idea_id", UUID.class),
            row.get("task", String.class), row.get("starts_at", OffsetDateTime.class).toInstant(),
            row.get("ends_at", OffsetDateTime.class).toInstant(), row.get("place", String.class),
            List.of(row.get("skills", String[].class)), row.get("requested_by", String.class),
            row.get("requested_at", OffsetDateTime.class).toInstant(), row.get("taken_by", String.class),
            takenAt == null ? null : takenAt.toInstant());
    }

    private static Interest toInterest(Record row) {
        var remindedAt = row.get("reminded_at", OffsetDateTime.class);
        return new Interest(row.get("request_id", UUID.class), row.get("volunteer_id", String.class),
            row.get("shown_at", OffsetDateTime.class).toInstant(), remindedAt == null ? null : remindedAt.toInstant());
    }
}
