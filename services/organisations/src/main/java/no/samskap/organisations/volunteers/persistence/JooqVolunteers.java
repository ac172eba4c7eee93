package no.samskap.organisations.volunteers.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.volunteers.domain.VolunteerProfile;
import no.samskap.organisations.volunteers.domain.VolunteerSearch;
import no.samskap.organisations.volunteers.domain.Volunteers;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Singleton
class JooqVolunteers implements Volunteers {

    private final DSLContext sql;

    JooqVolunteers(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<VolunteerProfile> find(String personId) {
        return sql.fetchOptional("select * from volunteer where person_id = ?", personId)
            .map(JooqVolunteers::toProfile);
    }

    @Override
    public void save(VolunteerProfile profile) {
        var details = profile.details();
        sql.execute("""
                insert into volunteer (person_id, municipality, skills, availability, availability_note, languages,
                                       contact_consent, age_band, registered_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz)
                on conflict (person_id) do update set municipality = excluded.municipality,
                    skills = excluded.skills, availability = excluded.availability,
                    availability_note = excluded.availability_note, languages = excluded.languages,
                    contact_consent = excluded.contact_consent, age_band = excluded.age_band,
                    updated_at = excluded.updated_at""",
            profile.personId(), profile.municipality().value(), array(details.skills()),
            array(details.availability()), details.availabilityNote(), array(details.languages()),
            details.contactConsent(), details.ageBand(), utc(profile.registeredAt()), utc(profile.updatedAt()));
    }

    @Override
    public void remove(String personId) {
        sql.execute("delete from volunteer where person_id = ?", personId);
    }

    @Override
    public List<VolunteerProfile> findable(VolunteerSearch search, int limit) {
        return sql.fetch("""
                select * from volunteer
                where contact_consent and municipality = ?
                  and (?::text is null or ?::text = any (skills))
                  and (?::text is null or ?::text = any (availability))
                order by updated_at desc, person_id
                limit ?""",
            search.municipality().value(), search.skill(), search.skill(), search.availability(),
            search.availability(), limit).map(JooqVolunteers::toProfile);
    }

    private static String[] array(List<String> codes) {
        return codes.toArray(String[]::new);
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static VolunteerProfile toProfile(Record row) {
        return new VolunteerProfile(row.get("person_id", String.class),
            new MunicipalityNumber(row.get("municipality", String.class)),
            new VolunteerProfile.Details(list(row, "skills"), list(row, "availability"),
                row.get("availability_note", String.class), list(row, "languages"),
                row.get("contact_consent", Boolean.class), row.get("age_band", String.class)),
            row.get("registered_at", OffsetDateTime.class).toInstant(),
            row.get("updated_at", OffsetDateTime.class).toInstant());
    }

    private static List<String> list(Record row, String column) {
        return Arrays.asList(row.get(column, String[].class));
    }
}
