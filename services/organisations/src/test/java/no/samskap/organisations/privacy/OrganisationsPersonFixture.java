package no.samskap.organisations.privacy;

import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.RowsWritten;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A person with a row in every table of the organisations service that can name someone, both as the one the row is
 * about and as the one who acted, beside a neighbour who shares the associations and stays.
 */
final class OrganisationsPersonFixture {

    record Filled(String subject, String name, String email, String phone, String neighbour, UUID theirAssociation,
                  UUID othersAssociation) {
    }

    private final ApplicationUnderTest organisations;

    private OrganisationsPersonFixture(ApplicationUnderTest organisations) {
        this.organisations = organisations;
    }

    static OrganisationsPersonFixture in(ApplicationUnderTest organisations) {
        return new OrganisationsPersonFixture(organisations);
    }

    Filled fill() throws SQLException {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var person = new Filled("erased-" + UUID.randomUUID(), "Ingrid Slett" + token,
            "ingrid." + token + "@example.no", "+47 4" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999),
            "kept-" + UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try (var jdbc = organisations.connect()) {
            var rows = new RowsWritten(jdbc);
            people(rows, person);
            associations(rows, person);
            volunteering(rows, person);
            help(rows, person);
        }
        return person;
    }

    private static void people(RowsWritten rows, Filled person) throws SQLException {
        var seen = "insert into person (subject, username, display_name, email, municipality, first_seen_at, "
            + "changed_at) values (?, ?, ?, ?, '1833', now(), now())";
        rows.execute(seen, person.subject(), "ingrid" + person.subject(), person.name(), person.email());
        rows.execute(seen, person.neighbour(), "nabo" + person.neighbour(), "Nils Nabo", "nils@example.no");
    }

    private static void associations(RowsWritten rows, Filled person) throws SQLException {
        var association = """
            insert into association (id, municipality, organisation_number, name, type, description, contact_email,
                                     contact_phone, register_status, in_frivillighetsregisteret, registered_by,
                                     registered_at, verified_by, verified_at, version)
            values (?, '1833', ?, ?, 'music', 'Vi spiller.', ?, ?, 'unchecked', false, ?, now(), ?, ?, 0)""";
        rows.execute(association, person.theirAssociation(), number(), "Slettmegs kor", person.email(),
            person.phone(), person.subject(), null, null);
        rows.execute(association, person.othersAssociation(), number(), "Nabolagets korps", null, null,
            person.neighbour(), person.subject(), OffsetDateTime.now());
        var member = "insert into membership (association_id, person_id, role, added_by, added_at) "
            + "values (?, ?, ?, ?, now())";
        rows.execute(member, person.theirAssociation(), person.subject(), "admin", person.subject());
        rows.execute(member, person.othersAssociation(), person.neighbour(), "member", person.subject());
        var invitation = "insert into invitation (id, association_id, invitee_id, role, invited_by, invited_at) "
            + "values (?, ?, ?, 'member', ?, now())";
        rows.execute(invitation, UUID.randomUUID(), person.othersAssociation(), person.subject(),
            person.neighbour());
        rows.execute(invitation, UUID.randomUUID(), person.theirAssociation(), person.neighbour(),
            person.subject());
    }

    private static void volunteering(RowsWritten rows, Filled person) throws SQLException {
        var volunteer = """
            insert into volunteer (person_id, municipality, skills, availability, availability_note, languages,
                                   contact_consent, age_band, registered_at, updated_at)
            values (?, '1833', '{music}', '{weekends}', ?, '{nb}', true, '26-66', now(), now())""";
        rows.execute(volunteer, person.subject(), "Ring " + person.phone());
        rows.execute(volunteer, person.neighbour(), "");
        var officers = "insert into attest_officers (association_id, responsible_id, deputy_id, appointed_by, "
            + "appointed_at) values (?, ?, ?, ?, now())";
        rows.execute(officers, person.theirAssociation(), person.subject(), person.neighbour(),
            person.subject());
        rows.execute(officers, person.othersAssociation(), person.neighbour(), "third-" + UUID.randomUUID(),
            person.subject());
        var sighting = """
            insert into attest_sighting (association_id, volunteer_id, role_code, seen_by, seen_on, valid_until,
                                         guardian_consent, recorded_at)
            values (?, ?, 'barn-og-unge', ?, current_date, current_date + 1095, false, now())""";
        rows.execute(sighting, person.theirAssociation(), person.subject(), person.neighbour());
        rows.execute(sighting, person.othersAssociation(), person.neighbour(), person.subject());
        var request = """
            insert into attest_request (id, association_id, volunteer_id, role_code, requested_by, requested_at)
            values (?, ?, ?, 'barn-og-unge', ?, now())""";
        rows.execute(request, UUID.randomUUID(), person.theirAssociation(), person.subject(),
            person.neighbour());
        rows.execute(request, UUID.randomUUID(), person.othersAssociation(), person.neighbour(),
            person.subject());
        rows.execute("insert into volunteer_record_code (code, volunteer_id, display_name, issued_at) "
            + "values (?, ?, ?, now())", UUID.randomUUID().toString(), person.subject(), person.name());
    }

    private static void help(RowsWritten rows, Filled person) throws SQLException {
        var theirOffer = UUID.randomUUID();
        var othersOffer = UUID.randomUUID();
        var offer = """
            insert into help_offer (id, municipality, idea_id, association_id, offered_by, kind, hours, skills,
                                    description, status, decided_by, decided_at, offered_at)
            values (?, '1833', ?, ?, ?, 'hours', 3, '{}', 'Vi rigger scenen.', 'accepted', ?, now(), now())""";
        rows.execute(offer, theirOffer, UUID.randomUUID(), person.theirAssociation(), person.subject(),
            person.neighbour());
        rows.execute(offer, othersOffer, UUID.randomUUID(), null, person.neighbour(), person.subject());
        var theirRequest = UUID.randomUUID();
        var othersRequest = UUID.randomUUID();
        var request = """
            insert into help_request (id, municipality, association_id, task, starts_at, ends_at, place, skills,
                                      requested_by, requested_at, taken_by, taken_at)
            values (?, '1833', ?, 'Rigge scenen', now() + interval '1 day', now() + interval '26 hours',
                    'Kulturhuset', '{}', ?, now(), ?, now())""";
        rows.execute(request, theirRequest, person.theirAssociation(), person.subject(), person.neighbour());
        rows.execute(request, othersRequest, person.othersAssociation(), person.neighbour(),
            person.subject());
        rows.execute("insert into help_interest (request_id, volunteer_id, shown_at) values (?, ?, now())",
            othersRequest, person.subject());
        var hours = """
            insert into hours_entry (id, municipality, offer_id, association_id, volunteer_id, work_date, hours, role,
                                     note, status, decided_by, decided_at, logged_at)
            values (?, '1833', ?, ?, ?, current_date, 3, 'Rigging', 'Bar kasser.', 'approved', ?, now(), now())""";
        rows.execute(hours, UUID.randomUUID(), theirOffer, person.theirAssociation(), person.subject(),
            person.neighbour());
        rows.execute(hours, UUID.randomUUID(), othersOffer, null, person.neighbour(), person.subject());
    }

    private static String number() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
    }
}
