package no.samskap.gateway.organisations.help;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.util.Optional;
import java.util.UUID;

/**
 * Which ideas may be offered help, and in which municipality, from the proposals topic: the gateway checks this
 * before it relays an offer, as the service expects, without reaching into the ideas module.
 */
@Singleton
public class OfferableIdeasProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;

    OfferableIdeasProjection(DSLContext sql) {
        this.sql = sql;
        this.handlers = HandlersByType.of(ProposalsMessages.IDEA)
            .on(ProposalsMessages.IDEA_PUBLISHED, (envelope, published) -> open(envelope, true))
            .on(ProposalsMessages.IDEA_RESTORED, (envelope, restored) -> open(envelope, true))
            .on(ProposalsMessages.IDEA_WITHDRAWN, (envelope, withdrawn) -> open(envelope, false))
            .on(ProposalsMessages.IDEA_HIDDEN, (envelope, hidden) -> open(envelope, false))
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from help_idea");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    /** The municipality of an idea open for offers of help, or empty. */
    @Transactional(readOnly = true)
    public Optional<String> municipalityOfOpen(UUID idea) {
        return sql.fetchOptional("select municipality from help_idea where id = ? and open", idea)
            .map(row -> row.get("municipality", String.class));
    }

    private void open(Envelope envelope, boolean open) {
        sql.execute("""
                insert into help_idea (id, municipality, open) values (?, ?, ?)
                on conflict (id) do update set open = excluded.open""",
            UUID.fromString(envelope.aggregateId()), envelope.municipality(), open);
    }
}
