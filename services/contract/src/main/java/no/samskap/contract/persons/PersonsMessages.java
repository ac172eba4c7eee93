package no.samskap.contract.persons;

import no.samskap.contract.AggregateType;
import no.samskap.contract.MessageType;

/**
 * What every deployable must do about a person as a whole, on {@code samskap.persons.erasure}, keyed by the person's
 * subject id. The topic names the capability, not today's producer (proposals, which takes the request from the
 * gateway), so an identity service can take it over without consumers changing.
 */
public final class PersonsMessages {

    public static final AggregateType ERASURE = new AggregateType("persons", "erasure");

    public static final MessageType<PersonErased> PERSON_ERASED =
        new MessageType<>("person-erased", 1, ERASURE, PersonErased.class);

    private PersonsMessages() {
    }
}
