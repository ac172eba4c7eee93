package no.samskap.organisations.people.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The people who have signed in to this service at least once. */
public interface People {

    /** Stores the person as seen now, writing only when something differs from what is stored. */
    void record(Person person, Instant seenAt);

    /** Everyone whose username, or else whose e-mail, is this (case does not matter). */
    List<Person> withUsernameOrEmail(String usernameOrEmail);

    Map<String, Person> bySubject(Collection<String> subjects);
}
