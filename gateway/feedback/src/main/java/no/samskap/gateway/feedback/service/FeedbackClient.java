package no.samskap.gateway.feedback.service;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.services.ServiceCall;
import no.samskap.gateway.shell.services.ServiceClient;
import no.samskap.gateway.shell.writes.RelayTarget;
import reactor.core.publisher.Mono;

import java.util.regex.Pattern;

/** The feedback service over HTTP, created at start-up so a malformed URL stops the gateway rather than a write. */
@Context
public final class FeedbackClient {

    private static final Pattern FEEDBACK_ADDRESS = Pattern.compile(
        "/feedback/[A-Za-z0-9-]+(/[A-Za-z0-9-]+)*|/municipalities/[0-9]{4}/feedback-settings");

    private final ServiceClient client;
    private final RelayTarget relayTarget;

    FeedbackClient(BeanContext beans, FeedbackSettings settings) {
        this.client = new ServiceClient(beans, "feedback", settings.feedbackUrl(), settings.feedbackConnectTimeout(),
            settings.feedbackReadTimeout());
        this.relayTarget = new RelayTarget("feedback", client, FEEDBACK_ADDRESS);
    }

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
