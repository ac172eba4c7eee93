package no.samskap.gateway.events.me;

import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import no.samskap.gateway.events.commands.ServiceReads;
import no.samskap.gateway.shell.signin.AccessTokens;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Asks the events service, with the token of the person whose page is being drawn, what only it knows of them. */
@Singleton
final class MyEventStanding {

    private final ServiceReads reads;
    private final AccessTokens accessTokens;

    MyEventStanding(ServiceReads reads, AccessTokens accessTokens) {
        this.reads = reads;
        this.accessTokens = accessTokens;
    }

    ServiceReads reads() {
        return reads;
    }

    /** The list, or empty when the service could not be asked (no token, or it did not answer). */
    <T> Optional<List<T>> ask(Function<String, ServiceReads.Answered<List<T>>> question) {
        return ServerRequestContext.currentRequest().flatMap(accessTokens::toRelay).map(question)
            .flatMap(ServiceReads.Answered::value);
    }
}
