package no.samskap.platform.privacy;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.persons.PersonErased;
import no.samskap.contract.persons.PersonsMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases a person in this deployable on {@code person-erased}: every {@link PersonalData} part, in the transaction
 * that records the message as processed, so a crash erases nothing by halves and a redelivery changes nothing.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
class PersonErasure implements MessageHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PersonErasure.class);

    private final PersonalDataParts parts;
    private final HandlersByType handlers;

    PersonErasure(PersonalDataParts parts) {
        this.parts = parts;
        this.handlers = HandlersByType.of(PersonsMessages.ERASURE)
            .on(PersonsMessages.PERSON_ERASED, this::erase)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void erase(Envelope envelope, PersonErased erased) {
        var erasedParts = parts.erase(erased.subjectId());
        LOG.info("Erased the person of message {} from {} parts of this deployable.", envelope.id(), erasedParts);
    }

    /** An erasure keeps nothing that a replay could rebuild: it only removes. */
    @Override
    public void forgetEverything() {
    }
}
