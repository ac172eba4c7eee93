package no.samskap.organisations.people.persistence;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.people.domain.People;
import no.samskap.organisations.people.domain.Person;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
class JooqPeople implements People {

    private final DSLContext sql;

    JooqPeople(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    @Transactional
    public void record(Person person, Instant seenAt) {
        sql.execute("""
                insert into person (subject, username, display_name, email, municipality, first_seen_at, changed_at)
                values (?, ?, ?::text, ?::text, ?::text, ?::timestamptz, ?::timestamptz)
                on conflict (subject) do update set username = excluded.username,
                    display_name = excluded.display_name, email = excluded.email,
                    municipality = excluded.municipality, changed_at = excluded.changed_at
                where (person.username, person.display_name, person.email, person.municipality)
                    is distinct from (excluded.username, excluded.display_name, excluded.email, excluded.municipality)""",
            person.subject(), person.username(), person.displayName(), person.email(), person.municipality(),
            utc(seenAt), utc(seenAt));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> withUsernameOrEmail(String usernameOrEmail) {
        var byUsername = sql.fetch("select * from person where lower(username) = lower(?) order by subject",
            usernameOrEmail).map(JooqPeople::toPerson);
        if (!byUsername.isEmpty()) {
            return byUsername;
        }
        return sql.fetch("select * from person where lower(email) = lower(?) order by subject", usernameOrEmail)
            .map(JooqPeople::toPerson);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Person> bySubject(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return sql.fetch("select * from person where subject = any(?)", (Object) subjects.toArray(String[]::new))
            .map(JooqPeople::toPerson).stream().collect(Collectors.toMap(Person::subject, Function.identity()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Person toPerson(Record row) {
        return new Person(row.get("subject", String.class), row.get("username", String.class),
            row.get("display_name", String.class), row.get("email", String.class),
            row.get("municipality", String.class));
    }
}
