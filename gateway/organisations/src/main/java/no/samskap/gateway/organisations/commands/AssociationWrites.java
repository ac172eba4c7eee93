package no.samskap.gateway.organisations.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.service.OrganisationsClient;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.writes.ReadYourWrites;
import no.samskap.gateway.shell.writes.RelayTarget;
import no.samskap.gateway.shell.writes.RelayedAnswers;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.gateway.shell.writes.WriteRelay;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Every write to an association, sent on to the organisations service with the person's own token, which decides
 * who may do what. A write the directory or a member list shows is answered once the read model shows it; the
 * pages and the JSON API share these.
 */
@Singleton
public final class AssociationWrites {

    private final WriteRelay relay;
    private final RelayTarget organisations;
    private final ReadYourWrites readYourWrites;
    private final ReadModelRows rows;
    private final JsonMapper json;

    AssociationWrites(WriteRelay relay, OrganisationsClient organisations, ReadYourWrites readYourWrites,
                      ReadModelRows rows, JsonMapper json) {
        this.relay = relay;
        this.organisations = organisations.relayTarget();
        this.readYourWrites = readYourWrites;
        this.rows = rows;
        this.json = json;
    }

    /** Shown once the directory lists the association the service answered with. */
    public Mono<WriteOutcome> register(HttpRequest<?> request, @Nullable byte[] association) {
        return send(request, HttpMethod.POST, "/associations", association, answer -> uuid(fields(answer.body()).id())
            .map(id -> shown("association " + id, () -> rows.listed(id)))
            .orElseGet(AssociationWrites::pending));
    }

    public Mono<WriteOutcome> update(HttpRequest<?> request, UUID association, @Nullable byte[] changes) {
        return send(request, HttpMethod.PATCH, "/associations/" + association, changes, answer -> {
            var now = fields(answer.body());
            if (now.name() == null || now.type() == null) {
                return pending();
            }
            var description = now.description() == null ? "" : now.description();
            return shown("association " + association + " updated",
                () -> rows.describedAs(association, now.name(), now.type(), description));
        });
    }

    public Mono<WriteOutcome> verify(HttpRequest<?> request, UUID association) {
        return send(request, HttpMethod.POST, "/associations/" + association + "/verification", null,
            answer -> shown("association " + association + " verified", () -> rows.verified(association)));
    }

    /** An invitation shows nowhere in the read model until it is accepted. */
    public Mono<WriteOutcome> invite(HttpRequest<?> request, UUID association, @Nullable byte[] invitation) {
        return send(request, HttpMethod.POST, "/associations/" + association + "/invitations", invitation,
            ReadYourWrites.NOTHING_TO_WAIT_FOR);
    }

    /** An admin takes back an open invitation; like the invitation itself, nothing in the read model shows it. */
    public Mono<WriteOutcome> withdraw(HttpRequest<?> request, UUID association, UUID invitation) {
        return send(request, HttpMethod.DELETE, "/associations/" + association + "/invitations/" + invitation, null,
            ReadYourWrites.NOTHING_TO_WAIT_FOR);
    }

    /** Shown once the person is a member of the association the service names in its answer. */
    public Mono<WriteOutcome> accept(HttpRequest<?> request, UUID invitation) {
        var person = subjectOf(request);
        return send(request, HttpMethod.POST, "/invitations/" + invitation + "/acceptance", null, answer ->
            uuid(fields(answer.body()).associationId()).filter(association -> person.isPresent())
                .map(association -> shown("membership of " + association,
                    () -> rows.anyMember(association, person.get())))
                .orElseGet(AssociationWrites::pending));
    }

    public Mono<WriteOutcome> refuse(HttpRequest<?> request, UUID invitation) {
        return send(request, HttpMethod.POST, "/invitations/" + invitation + "/refusal", null,
            ReadYourWrites.NOTHING_TO_WAIT_FOR);
    }

    public Mono<WriteOutcome> changeRole(HttpRequest<?> request, UUID association, String person,
                                         @Nullable byte[] role) {
        var wanted = role == null ? null : fields(role).role();
        return send(request, HttpMethod.PUT, "/associations/" + association + "/members/" + person + "/role", role,
            answer -> wanted == null ? pending()
                : shown("role of a member of " + association, () -> rows.member(association, person, wanted)));
    }

    public Mono<WriteOutcome> remove(HttpRequest<?> request, UUID association, String person) {
        return send(request, HttpMethod.DELETE, "/associations/" + association + "/members/" + person, null,
            answer -> shown("a member leaving " + association, () -> !rows.anyMember(association, person)));
    }

    /**
     * A read only the service can answer, for it holds what no message carries (names, invitations, the register's
     * roles): asked with the person's token, answered as a relayed write is.
     */
    public Mono<WriteOutcome> read(HttpRequest<?> request, String servicePath) {
        return send(request, HttpMethod.GET, servicePath, null, ReadYourWrites.NOTHING_TO_WAIT_FOR);
    }

    /** The outcome as the JSON API passes it on. */
    public MutableHttpResponse<?> answer(HttpRequest<?> request, WriteOutcome outcome) {
        return RelayedAnswers.of(request, organisations, outcome);
    }

    public <T> Optional<T> read(byte[] body, Class<T> type) {
        try {
            return Optional.ofNullable(json.readValue(body, Argument.of(type)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public static Optional<String> subjectOf(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
            .map(authentication -> authentication.getAttributes().get("sub"))
            .filter(String.class::isInstance).map(String.class::cast);
    }

    private Mono<WriteOutcome> send(HttpRequest<?> request, HttpMethod method, String servicePath,
                                    @Nullable byte[] body,
                                    Function<ServiceAnswer, Mono<ReadYourWrites.ReadModel>> readModelShows) {
        return relay.send(request, organisations, method, servicePath, body, readModelShows);
    }

    private Mono<ReadYourWrites.ReadModel> shown(String what, Callable<Boolean> shows) {
        return readYourWrites.awaitShowing(what, shows);
    }

    private ServiceFields fields(byte[] body) {
        return read(body, ServiceFields.class).orElse(ServiceFields.NONE);
    }

    private static Optional<UUID> uuid(@Nullable String id) {
        try {
            return Optional.ofNullable(id).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** An answer the gateway cannot read tells it nothing to wait for, so the read model is reported pending. */
    private static Mono<ReadYourWrites.ReadModel> pending() {
        return Mono.just(ReadYourWrites.ReadModel.PENDING);
    }
}
