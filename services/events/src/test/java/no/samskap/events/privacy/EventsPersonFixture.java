package no.samskap.events.privacy;

import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.RowsWritten;

import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A person with a row in every table of the events service that can name someone, both as the one the row is about
 * and as the one who acted, beside a neighbour who organises and volunteers at the same events and stays.
 */
final class EventsPersonFixture {

    record Filled(String subject, String name, String email, String phone, String neighbour, UUID theirEvent,
                  UUID othersEvent, UUID theirShift) {
    }

    private final ApplicationUnderTest events;

    private EventsPersonFixture(ApplicationUnderTest events) {
        this.events = events;
    }

    static EventsPersonFixture in(ApplicationUnderTest events) {
        return new EventsPersonFixture(events);
    }

    Filled fill() throws SQLException {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var person = new Filled("erased-" + UUID.randomUUID(), "Ingrid Slett" + token,
            "ingrid." + token + "@example.no", "+47 4" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999),
            "kept-" + UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try (var jdbc = events.connect()) {
            var rows = new RowsWritten(jdbc);
            organising(rows, person);
            registrations(rows, person);
            shifts(rows, person);
            partners(rows, person);
        }
        return person;
    }

    private static void organising(RowsWritten rows, Filled person) throws SQLException {
        var event = """
            insert into event (id, municipality, title, description, hosting_unit, starts_at, ends_at, audience,
                               status, created_by, created_at, version)
            values (?, '1833', ?, 'Konsert i kulturhuset.', 'kulturhus', now() + interval '10 days',
                    now() + interval '10 days 2 hours', 'alle', 'published', ?, now(), 1)""";
        rows.execute(event, person.theirEvent(), "Vårkonsert", person.subject());
        rows.execute(event, person.othersEvent(), "Høstkonsert", person.neighbour());
        var venue = UUID.randomUUID();
        rows.execute("""
            insert into venue (id, municipality, name, address, lent, described_at)
            values (?, '1833', 'Øvingsrommet', 'Kulturhuset 1', true, now())""", venue);
        var booking = """
            insert into room_booking (id, venue_id, municipality, association_id, purpose, starts_at, ends_at, status,
                                      applied_by, applied_at, decided_by, decided_at)
            values (?, ?, '1833', ?, 'Korøving', now() + ? * interval '1 day', now() + ? * interval '1 day'
                    + interval '2 hours', 'approved', ?, now(), ?, now())""";
        rows.execute(booking, UUID.randomUUID(), venue, UUID.randomUUID(), 3, 3, person.subject(),
            person.neighbour());
        rows.execute(booking, UUID.randomUUID(), venue, UUID.randomUUID(), 4, 4, person.neighbour(),
            person.subject());
    }

    private static void registrations(RowsWritten rows, Filled person) throws SQLException {
        var registration = """
            insert into registration (id, event_id, municipality, person_id, display_name, companions, needs,
                                      needs_note, status, registered_at, checked_in_at, checked_in_by)
            values (?, ?, '1833', ?, ?, 1, '{wheelchair-space}', ?, 'confirmed', now(), now(), ?)""";
        rows.execute(registration, UUID.randomUUID(), person.othersEvent(), person.subject(), person.name(),
            "Ring " + person.phone() + " eller " + person.email(), person.neighbour());
        rows.execute(registration, UUID.randomUUID(), person.theirEvent(), person.neighbour(), "Nils Nabo", "",
            person.subject());
    }

    private static void shifts(RowsWritten rows, Filled person) throws SQLException {
        var othersShift = UUID.randomUUID();
        var shift = """
            insert into shift (id, event_id, municipality, role, starts_at, ends_at, needed, team_leader_id,
                               attest_required, created_by, created_at)
            values (?, ?, '1833', 'Kiosk', now() + interval '10 days', now() + interval '10 days 2 hours', 2, ?,
                    false, ?, now())""";
        rows.execute(shift, person.theirShift(), person.othersEvent(), person.subject(), person.subject());
        rows.execute(shift, othersShift, person.theirEvent(), person.neighbour(), person.neighbour());
        var signUp = """
            insert into shift_sign_up (shift_id, volunteer_id, status, signed_up_at, volunteer_name, absence_kind,
                                       absence_note, absence_reported_at)
            values (?, ?, 'placed', now(), ?, 'late', ?, now())""";
        rows.execute(signUp, othersShift, person.subject(), person.name(), "Ring " + person.phone());
        rows.execute(signUp, person.theirShift(), person.neighbour(), "Nils Nabo", "Forsinket buss");
    }

    private static void partners(RowsWritten rows, Filled person) throws SQLException {
        var association = UUID.randomUUID();
        rows.execute("insert into partner_association (id, municipality, name, verified) values (?, '1833', ?, true)",
            association, "Slettmegs kor");
        var member = "insert into partner_member (association_id, person_id, role) values (?, ?, 'member')";
        rows.execute(member, association, person.subject());
        rows.execute(member, association, person.neighbour());
        var sighting = """
            insert into attest_sighting (association_id, volunteer_id, role, valid_until)
            values (?, ?, 'barn-og-unge', current_date + 1000)""";
        rows.execute(sighting, association, person.subject());
        rows.execute(sighting, association, person.neighbour());
    }
}
