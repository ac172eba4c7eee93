package no.samskap.organisations.people.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import no.samskap.organisations.people.application.KnownPeople;
import no.samskap.organisations.people.domain.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records everyone who calls the service with a token security accepted, so that a person can be invited once they
 * have signed in. It runs on the blocking executor because it may write, and as a response filter, once the route has
 * read the request's body: moving a request filter off the event loop raced Micronaut's body buffering. A failure to
 * record is logged and the answer goes out as it is (the next request tries again).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CallerRecording implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(CallerRecording.class);

    private final KnownPeople people;

    CallerRecording(KnownPeople people) {
        this.people = people;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void recordTheCaller(HttpRequest<?> request) {
        request.getUserPrincipal(Authentication.class).ifPresent(this::record);
    }

    private void record(Authentication authentication) {
        var claims = authentication.getAttributes();
        try {
            people.seen(new Person(authentication.getName(), text(claims.get("preferred_username")),
                text(claims.get("name")), text(claims.get("email")), text(claims.get("municipality"))));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the caller {}; the next request tries again.", authentication.getName(), e);
        }
    }

    private static String text(Object claim) {
        return claim instanceof String value ? value : null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
