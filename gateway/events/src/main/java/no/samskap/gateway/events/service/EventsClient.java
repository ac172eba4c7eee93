package no.samskap.gateway.events.service;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.services.ServiceCall;
import no.samskap.gateway.shell.services.ServiceClient;
import no.samskap.gateway.shell.writes.RelayTarget;
import reactor.core.publisher.Mono;

import java.util.regex.Pattern;

/** The events service over HTTP, created at start-up so a malformed URL stops the gateway rather than a write. */
@Context
public final class EventsClient {

    private static final Pattern EVENT_ADDRESS =
        Pattern.compile("/(events|registrations|shifts|sign-ups)/[A-Za-z0-9-]+(/[A-Za-z0-9-]+)*");

    private final ServiceClient client;
    private final RelayTarget relayTarget;

    EventsClient(BeanContext beans, EventsSettings settings) {
        this.client = new ServiceClient(beans, "events", settings.eventsUrl(), settings.eventsConnectTimeout(),
            settings.eventsReadTimeout());
        this.relayTarget = new RelayTarget("events", client, EVENT_ADDRESS);
    }

    /** Writes relayed to events; the addresses of its events and registrations are the gateway's under {@code /api}. */
    public RelayTarget relayTarget() {
        return relayTarget;
    }

    public Mono<ServiceAnswer> send(ServiceCall call) {
        return client.send(call);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
