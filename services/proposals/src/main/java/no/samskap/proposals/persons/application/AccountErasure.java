package no.samskap.proposals.persons.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.persons.PersonErased;
import no.samskap.contract.persons.PersonsMessages;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Takes a person's request to erase their account: the request and its {@code person-erased} message commit
 * together, so an accepted request is never lost and never sent twice.
 */
@Singleton
public class AccountErasure {

    private final ErasureRequests requests;
    private final Outbox outbox;
    private final Clock clock;

    AccountErasure(ErasureRequests requests, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ErasureRequest request(SignedInPerson person) {
        var asked = new ErasureRequest(UUID.randomUUID(), Instant.now(clock));
        var pending = requests.pendingFor(person.subject(), asked);
        if (pending.id().equals(asked.id())) {
            outbox.append(new OutgoingMessage<>(PersonsMessages.PERSON_ERASED, UUID.randomUUID(), asked.requestedAt(),
                person.municipality(), person.subject(), new PersonErased(person.subject(), asked.requestedAt())));
        }
        return pending;
    }
}
