package no.samskap.organisations.people.application;

import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.people.domain.People;
import no.samskap.organisations.people.domain.Person;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has signed in to Samskap through this service (ADR 0030). Each caller is recorded as their token describes
 * them; what was last recorded is remembered, so a request writes only when a name, e-mail or municipality changed.
 */
@Singleton
public class KnownPeople {

    static final int REMEMBERED = 10_000;

    private final People people;
    private final Clock clock;
    private final Map<String, Person> recorded = new ConcurrentHashMap<>();

    KnownPeople(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    public void seen(Person person) {
        if (person.equals(recorded.get(person.subject()))) {
            return;
        }
        people.record(person, clock.instant());
        if (recorded.size() >= REMEMBERED) {
            recorded.clear();
        }
        recorded.put(person.subject(), person);
    }

    /**
     * The one person with this username, or else this e-mail. Someone who has never signed in is unknown here, and
     * is asked to sign in once first.
     */
    public Person invitee(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            throw Refusal.invalid("invitee", "give the person's username or e-mail address");
        }
        var found = people.withUsernameOrEmail(usernameOrEmail.strip());
        if (found.isEmpty()) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, "invitee", "no one with this username or e-mail has "
                + "signed in to Samskap; ask them to sign in once, then invite them again");
        }
        if (found.size() > 1) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, "invitee",
                "more than one person has this e-mail address; invite them by username");
        }
        return found.get(0);
    }

    public Map<String, Person> bySubject(Collection<String> subjects) {
        return people.bySubject(subjects);
    }

    public Optional<Person> bySubject(String subject) {
        return Optional.ofNullable(people.bySubject(List.of(subject)).get(subject));
    }
}
