package no.samskap.organisations.people.application;

import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.people.domain.People;
import no.samskap.organisations.people.domain.Person;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KnownPeopleTest {

    private final RecordedPeople people = new RecordedPeople();
    private final KnownPeople known = new KnownPeople(people,
        Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aPersonSeenAgainAsBeforeIsNotWrittenAgain() {
        known.seen(new Person("kari", "kari.n", "Kari Nordmann", "kari@example.no", "1833"));
        known.seen(new Person("kari", "kari.n", "Kari Nordmann", "kari@example.no", "1833"));

        assertEquals(1, people.written.size());
    }

    @Test
    void aPersonSeenWithANewNameIsWrittenAgain() {
        known.seen(new Person("kari", "kari.n", "Kari Nordmann", null, "1833"));
        known.seen(new Person("kari", "kari.n", "Kari Nordmann Berg", null, "1833"));

        assertEquals(2, people.written.size());
    }

    @Test
    void aPersonWithoutAFullNameIsListedByUsername() {
        assertEquals("kari.n", new Person("kari", "kari.n", " ", null, null).nameToShow());
        assertEquals("kari", new Person("kari", null, null, null, null).nameToShow());
    }

    @Test
    void anInviteeNobodyKnowsIsUnprocessableNamingTheInvitee() {
        var refusal = assertThrows(Refusal.class, () -> known.invitee("nobody@example.no"));

        assertEquals(Refusal.Kind.UNPROCESSABLE, refusal.kind());
        assertEquals("invitee", refusal.field());
    }

    @Test
    void aBlankInviteeIsInvalidAndAnEMailTwoPeopleShareIsUnprocessable() {
        assertEquals(Refusal.Kind.INVALID, assertThrows(Refusal.class, () -> known.invitee("  ")).kind());
        people.found = List.of(new Person("a", "a", null, "felles@example.no", null),
            new Person("b", "b", null, "felles@example.no", null));

        assertEquals(Refusal.Kind.UNPROCESSABLE, assertThrows(Refusal.class, () -> known.invitee("felles@example.no"))
            .kind());
    }

    private static final class RecordedPeople implements People {

        final List<Person> written = new ArrayList<>();
        List<Person> found = List.of();

        @Override
        public void record(Person person, Instant seenAt) {
            written.add(person);
        }

        @Override
        public List<Person> withUsernameOrEmail(String usernameOrEmail) {
            return found;
        }

        @Override
        public Map<String, Person> bySubject(Collection<String> subjects) {
            return Map.of();
        }
    }
}
