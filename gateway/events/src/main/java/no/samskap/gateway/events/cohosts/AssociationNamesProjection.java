package no.samskap.gateway.events.cohosts;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.util.UUID;

/** Keeps each association's name, from the organisations service's messages, so an event page can name its co-hosts. */
@Singleton
class AssociationNamesProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;

    AssociationNamesProjection(DSLContext sql) {
        this.sql = sql;
        this.handlers = HandlersByType.of(OrganisationsMessages.ASSOCIATION)
            .on(OrganisationsMessages.ASSOCIATION_REGISTERED, (envelope, registered) ->
                named(envelope, registered.name()))
            .on(OrganisationsMessages.ASSOCIATION_UPDATED, (envelope, updated) -> named(envelope, updated.name()))
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from event_association");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void named(Envelope envelope, String name) {
        sql.execute("""
                insert into event_association (id, municipality, name) values (?, ?, ?)
                on conflict (id) do update set name = excluded.name""",
            UUID.fromString(envelope.aggregateId()), envelope.municipality(), name);
    }
}
