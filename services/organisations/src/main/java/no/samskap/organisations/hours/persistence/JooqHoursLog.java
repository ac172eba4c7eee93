package no.samskap.organisations.hours.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.hours.domain.HoursEntry;
import no.samskap.organisations.hours.domain.HoursLog;
import no.samskap.organisations.hours.domain.HoursStatus;
import no.samskap.organisations.hours.domain.EventShift;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JooqHoursLog implements HoursLog {

    private final DSLContext sql;

    JooqHoursLog(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void add(HoursEntry entry) {
        var shift = Optional.ofNullable(entry.shift());
        sql.execute("""
                insert into hours_entry (id, municipality, offer_id, association_id, volunteer_id, work_date, hours,
                                         role, note, status, logged_at, event_id, shift_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?)""",
            entry.id(), entry.municipality().value(), entry.offerId(),
            entry.associationId() == null ? null : entry.associationId().value(), entry.volunteerId(), entry.date(),
            BigDecimal.valueOf(entry.hours()), entry.role(), entry.note(), entry.status().code(),
            OffsetDateTime.ofInstant(entry.loggedAt(), ZoneOffset.UTC),
            shift.map(EventShift::eventId).orElse(null), shift.map(EventShift::shiftId).orElse(null));
    }

    @Override
    public boolean hasShift(UUID shiftId, String volunteerId) {
        return sql.fetchExists(sql.selectOne().from("hours_entry")
            .where("shift_id = ? and volunteer_id = ?", shiftId, volunteerId));
    }

    @Override
    public Optional<HoursEntry> findForDecision(UUID id) {
        return sql.fetchOptional("select * from hours_entry where id = ? for update", id).map(JooqHoursLog::toEntry);
    }

    @Override
    public void decide(HoursEntry decided) {
        var decision = decided.decision();
        sql.execute("""
                update hours_entry set status = ?, decided_by = ?, decided_at = ?::timestamptz, rejection_reason = ?
                where id = ? and status = 'logged'""",
            decided.status().code(), decision.by(), OffsetDateTime.ofInstant(decision.at(), ZoneOffset.UTC),
            decision.reason().isEmpty() ? null : decision.reason(), decided.id());
    }

    @Override
    public List<HoursEntry> of(String volunteerId) {
        return sql.fetch("select * from hours_entry where volunteer_id = ? order by work_date desc, logged_at desc",
            volunteerId).map(JooqHoursLog::toEntry);
    }

    @Override
    public List<HoursEntry> approvedOf(String volunteerId) {
        return sql.fetch("""
                select * from hours_entry where volunteer_id = ? and status = 'approved' order by work_date, logged_at""",
            volunteerId).map(JooqHoursLog::toEntry);
    }

    @Override
    public List<HoursEntry> waitingForAssociation(AssociationId associationId) {
        return sql.fetch("""
                select * from hours_entry where association_id = ? and status = 'logged' order by logged_at, id""",
            associationId.value()).map(JooqHoursLog::toEntry);
    }

    @Override
    public List<HoursEntry> waitingForStaff(MunicipalityNumber municipality) {
        return sql.fetch("""
                select * from hours_entry where municipality = ? and association_id is null and status = 'logged'
                order by logged_at, id""", municipality.value()).map(JooqHoursLog::toEntry);
    }

    private static HoursEntry toEntry(Record row) {
        var decidedAt = row.get("decided_at", OffsetDateTime.class);
        var reason = row.get("rejection_reason", String.class);
        var decision = decidedAt == null ? null : new HoursEntry.Decision(row.get("decided_by", String.class),
            decidedAt.toInstant(), reason == null ? "" : reason);
        var associationId = row.get("association_id", UUID.class);
        return new HoursEntry(row.get("id", UUID.class), new MunicipalityNumber(row.get("municipality", String.class)),
            row.get("offer_id", UUID.class), associationId == null ? null : new AssociationId(associationId),
            row.get("volunteer_id", String.class), row.get("work_date", LocalDate.class),
            row.get("hours", BigDecimal.class).doubleValue(), row.get("role", String.class),
            row.get("note", String.class), HoursStatus.fromCode(row.get("status", String.class)).orElseThrow(),
            decision, row.get("logged_at", OffsetDateTime.class).toInstant(), shiftOf(row));
    }

    private static EventShift shiftOf(Record row) {
        var shiftId = row.get("shift_id", UUID.class);
        return shiftId == null ? null : new EventShift(row.get("event_id", UUID.class), shiftId);
    }
}
