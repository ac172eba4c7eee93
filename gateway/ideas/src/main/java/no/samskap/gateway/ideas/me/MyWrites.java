package no.samskap.gateway.ideas.me;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.commands.IdeaCommandRelay;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.writes.ReadYourWrites;
import no.samskap.platform.problem.ProblemException;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The person's own writes, sent on to the proposals service under their token, and answered once their page shows
 * them: marking notifications read waits until the page's unread count is the service's, an appeal until the idea
 * shows it.
 */
@Singleton
class MyWrites {

    @Serdeable
    record Unread(Integer unreadCount) {
    }

    private final IdeaCommandRelay relay;
    private final ReadYourWrites readYourWrites;
    private final MyPageRows rows;
    private final JsonMapper json;

    MyWrites(IdeaCommandRelay relay, ReadYourWrites readYourWrites, MyPageRows rows, JsonMapper json) {
        this.relay = relay;
        this.readYourWrites = readYourWrites;
        this.rows = rows;
        this.json = json;
    }

    Mono<MutableHttpResponse<?>> markRead(HttpRequest<?> request, String personId, byte[] body) {
        return relay.relayUntil(request, "/me/notifications/read", body, answer -> unreadCountOf(answer)
            .map(unread -> readYourWrites.awaitShowing("unread count " + unread,
                () -> rows.unreadCount(personId) == unread))
            .orElseGet(() -> Mono.just(ReadYourWrites.ReadModel.PENDING)));
    }

    Mono<MutableHttpResponse<?>> markAllRead(HttpRequest<?> request, String personId) {
        return markRead(request, personId, bytes(Map.of("all", true)));
    }

    Mono<MutableHttpResponse<?>> appeal(HttpRequest<?> request, String personId, UUID idea, byte[] body) {
        return relay.relayUntil(request, "/ideas/" + idea + "/appeal", body,
            answer -> readYourWrites.awaitShowing("appeal of " + idea, () -> rows.appealed(personId, idea)));
    }

    Mono<MutableHttpResponse<?>> appeal(HttpRequest<?> request, String personId, UUID idea, String text) {
        return appeal(request, personId, idea, bytes(Map.of("text", text)));
    }

    /** Only a well-formed id is put into the service's path, so no path can be smuggled through it. */
    static UUID ideaId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound("idea", id);
        }
    }

    private Optional<Integer> unreadCountOf(ServiceAnswer answer) {
        try {
            return Optional.ofNullable(json.readValue(answer.body(), Argument.of(Unread.class)))
                .map(Unread::unreadCount);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + value, e);
        }
    }
}
