package no.samskap.events.shifts.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.shifts.domain.Absence;
import no.samskap.events.shifts.domain.Roster;
import no.samskap.events.shifts.domain.Shift;
import no.samskap.events.shifts.domain.ShiftId;
import no.samskap.events.shifts.domain.Shifts;
import no.samskap.events.shifts.domain.SignUp;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Shifts in one row each, sign-ups in another table in the order they came (the waitlist's order). */
@Singleton
class JooqShifts implements Shifts {

    private final DSLContext sql;

    JooqShifts(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void add(Shift shift) {
        sql.execute("""
                insert into shift (id, event_id, municipality, role, starts_at, ends_at, needed, team_leader_id,
                    minimum_age, attest_required, created_by, created_at)
                values (?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?, ?, ?, ?, ?::timestamptz)""",
            shift.id().value(), shift.eventId().value(), shift.municipality().value(), shift.role(),
            at(shift.startsAt()), at(shift.endsAt()), shift.needed(), shift.teamLeaderId(), shift.minimumAge(),
            shift.attestRequired(), shift.createdBy(), at(shift.createdAt()));
    }

    @Override
    public Optional<Shift> find(ShiftId id) {
        return sql.fetchOptional("select * from shift where id = ?", id.value()).map(JooqShifts::toShift);
    }

    @Override
    public Optional<Roster> rosterForUpdate(ShiftId id) {
        return sql.fetchOptional("select * from shift where id = ? for update", id.value())
            .map(row -> rosterOf(toShift(row)));
    }

    @Override
    public Optional<Roster> roster(ShiftId id) {
        return find(id).map(this::rosterOf);
    }

    @Override
    public List<Roster> ofEvent(EventId eventId) {
        return rosters(sql.fetch("select * from shift where event_id = ? order by starts_at, role, id",
            eventId.value()).map(JooqShifts::toShift));
    }

    @Override
    public List<Roster> signedUpBy(String volunteerId) {
        return rosters(sql.fetch("""
                select * from shift where id in (select shift_id from shift_sign_up where volunteer_id = ?)
                order by starts_at, id""", volunteerId).map(JooqShifts::toShift));
    }

    @Override
    public void changed(Shift shift) {
        sql.execute("""
                update shift set role = ?, starts_at = ?::timestamptz, ends_at = ?::timestamptz, needed = ?
                where id = ?""",
            shift.role(), at(shift.startsAt()), at(shift.endsAt()), shift.needed(), shift.id().value());
    }

    @Override
    public void signedUp(SignUp signUp) {
        sql.execute("""
                insert into shift_sign_up (shift_id, volunteer_id, volunteer_name, association_id, status,
                    signed_up_at)
                values (?, ?, ?, ?, ?, ?::timestamptz)""",
            signUp.shiftId().value(), signUp.volunteerId(), signUp.volunteerName(), signUp.associationId(),
            status(signUp), at(signUp.signedUpAt()));
    }

    @Override
    public void left(SignUp signUp) {
        sql.execute("delete from shift_sign_up where shift_id = ? and volunteer_id = ?", signUp.shiftId().value(),
            signUp.volunteerId());
    }

    @Override
    public void placed(SignUp signUp) {
        sql.execute("update shift_sign_up set status = 'placed' where shift_id = ? and volunteer_id = ?",
            signUp.shiftId().value(), signUp.volunteerId());
    }

    @Override
    public void absent(SignUp signUp) {
        var absence = signUp.absence();
        sql.execute("""
                update shift_sign_up set absence_kind = ?, absence_note = ?, minutes_late = ?,
                    absence_reported_at = ?::timestamptz
                where shift_id = ? and volunteer_id = ?""",
            absence.kind().code(), absence.note(), absence.minutesLate(), at(absence.reportedAt()),
            signUp.shiftId().value(), signUp.volunteerId());
    }

    @Override
    public void checkedIn(SignUp signUp) {
        sql.execute("""
                update shift_sign_up set checked_in_at = ?::timestamptz
                where shift_id = ? and volunteer_id = ? and checked_in_at is null""",
            at(signUp.checkedInAt()), signUp.shiftId().value(), signUp.volunteerId());
    }

    private Roster rosterOf(Shift shift) {
        return rosters(List.of(shift)).get(0);
    }

    private List<Roster> rosters(List<Shift> shifts) {
        if (shifts.isEmpty()) {
            return List.of();
        }
        var ids = shifts.stream().map(shift -> shift.id().value()).toArray(UUID[]::new);
        var signUps = sql.fetch("select * from shift_sign_up where shift_id = any(?::uuid[]) order by queued", (Object) ids)
            .map(JooqShifts::toSignUp).stream().collect(Collectors.groupingBy(SignUp::shiftId));
        return shifts.stream().map(shift -> new Roster(shift, signUps.getOrDefault(shift.id(), List.of()))).toList();
    }

    private static Shift toShift(Record row) {
        return new Shift(new ShiftId(row.get("id", UUID.class)), new EventId(row.get("event_id", UUID.class)),
            new MunicipalityNumber(row.get("municipality", String.class)), row.get("role", String.class),
            instant(row, "starts_at"), instant(row, "ends_at"), row.get("needed", Integer.class),
            row.get("team_leader_id", String.class), row.get("minimum_age", Integer.class),
            row.get("attest_required", Boolean.class), row.get("created_by", String.class),
            instant(row, "created_at"));
    }

    private static SignUp toSignUp(Record row) {
        var kind = row.get("absence_kind", String.class);
        var absence = kind == null ? null : new Absence(Absence.Kind.of(kind), row.get("absence_note", String.class),
            row.get("minutes_late", Integer.class), instant(row, "absence_reported_at"));
        return new SignUp(new ShiftId(row.get("shift_id", UUID.class)), row.get("volunteer_id", String.class),
            row.get("volunteer_name", String.class), row.get("association_id", UUID.class), "waiting".equals(row.get("status", String.class)),
            instant(row, "signed_up_at"), absence, instant(row, "checked_in_at"));
    }

    private static String status(SignUp signUp) {
        return signUp.waiting() ? "waiting" : "placed";
    }

    private static Instant instant(Record row, String column) {
        var value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
