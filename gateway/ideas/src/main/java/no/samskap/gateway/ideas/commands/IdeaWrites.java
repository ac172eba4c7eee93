package no.samskap.gateway.ideas.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.writes.WriteOutcome;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Every write a person can make to an idea, each sent to the proposals service's own route for it. The JSON API and
 * the pages' forms both come through here, so they wait for the idea board in the same way.
 */
@Singleton
public final class IdeaWrites {

    private final IdeaCommandRelay relay;
    private final ServiceAnswerReading reading;
    private final PetitionRows petitionRows;

    IdeaWrites(IdeaCommandRelay relay, ServiceAnswerReading reading, PetitionRows petitionRows) {
        this.relay = relay;
        this.reading = reading;
        this.petitionRows = petitionRows;
    }

    public Mono<WriteOutcome> submit(HttpRequest<?> request, @Nullable byte[] idea) {
        return relay.relay(request, HttpMethod.POST, "/ideas", idea, reading::ideaStatus);
    }

    /** From a page's form, whose retry {@code idempotencyKey} names, since a browser sends no key of its own. */
    public Mono<WriteOutcome> submit(HttpRequest<?> request, byte[] idea, String idempotencyKey) {
        return relay.relay(request, HttpMethod.POST, "/ideas", idea, idempotencyKey, reading::ideaStatus);
    }

    public Mono<WriteOutcome> edit(HttpRequest<?> request, UUID idea, @Nullable byte[] changes) {
        return relay.relay(request, HttpMethod.PATCH, ideaPath(idea), changes, reading::ideaStatus);
    }

    public Mono<WriteOutcome> withdraw(HttpRequest<?> request, UUID idea) {
        return step(request, idea, "withdrawal", null);
    }

    /** A step of an idea's life under {@code /ideas/{id}/}, such as publication or answer, which the board shows. */
    Mono<WriteOutcome> step(HttpRequest<?> request, UUID idea, String step, @Nullable byte[] body) {
        return relay.relay(request, HttpMethod.POST, ideaPath(idea) + "/" + step, body, reading::ideaStatus);
    }

    public Mono<WriteOutcome> support(HttpRequest<?> request, UUID idea, boolean give) {
        return relay.relay(request, give ? HttpMethod.PUT : HttpMethod.DELETE, ideaPath(idea) + "/support", null,
            answer -> reading.supportCount(idea, answer));
    }

    public Mono<WriteOutcome> follow(HttpRequest<?> request, UUID idea, boolean follow) {
        return relay.relay(request, follow ? HttpMethod.PUT : HttpMethod.DELETE, ideaPath(idea) + "/follow", null,
            IdeaCommandRelay.NOT_ON_THE_BOARD);
    }

    public Mono<WriteOutcome> report(HttpRequest<?> request, UUID idea, @Nullable byte[] reason) {
        return relay.relay(request, HttpMethod.POST, ideaPath(idea) + "/reports", reason, IdeaCommandRelay.NOT_ON_THE_BOARD);
    }

    /** Pages read comments from the service itself, so a new one is there at once; only the board's count lags. */
    public Mono<WriteOutcome> comment(HttpRequest<?> request, UUID idea, @Nullable byte[] comment) {
        return relay.relay(request, HttpMethod.POST, ideaPath(idea) + "/comments", comment,
            IdeaCommandRelay.NOT_ON_THE_BOARD);
    }

    public Mono<WriteOutcome> comment(HttpRequest<?> request, UUID idea, byte[] comment, String idempotencyKey) {
        return relay.relay(request, HttpMethod.POST, ideaPath(idea) + "/comments", comment, idempotencyKey,
            IdeaCommandRelay.NOT_ON_THE_BOARD);
    }

    public Mono<WriteOutcome> editComment(HttpRequest<?> request, UUID idea, UUID comment, @Nullable byte[] changes) {
        return relay.relay(request, HttpMethod.PATCH, commentPath(idea, comment), changes,
            IdeaCommandRelay.NOT_ON_THE_BOARD);
    }

    public Mono<WriteOutcome> reportComment(HttpRequest<?> request, UUID idea, UUID comment, @Nullable byte[] reason) {
        return commentStep(request, idea, comment, "reports", reason);
    }

    /** The author's appeal against the hiding of their comment; the page reads the comment from the service. */
    public Mono<WriteOutcome> appealComment(HttpRequest<?> request, UUID idea, UUID comment, @Nullable byte[] text) {
        return commentStep(request, idea, comment, "appeal", text);
    }

    private Mono<WriteOutcome> commentStep(HttpRequest<?> request, UUID idea, UUID comment, String step,
                                           @Nullable byte[] body) {
        return relay.relay(request, HttpMethod.POST, commentPath(idea, comment) + "/" + step, body,
            IdeaCommandRelay.NOT_ON_THE_BOARD);
    }

    /**
     * A step of the idea's innbyggerforslag under {@code /ideas/{id}/petition}: {@code step} empty starts it, else
     * {@code signature}, {@code sending}, {@code handling} or {@code refusal}. Answers once the gateway's read model
     * shows the status and count the service answered.
     */
    public Mono<WriteOutcome> petition(HttpRequest<?> request, UUID idea, HttpMethod method, String step,
                                       @Nullable byte[] body) {
        var path = ideaPath(idea) + "/petition" + (step.isEmpty() ? "" : "/" + step);
        return relay.relayWaitingFor(request, method, path, body,
            answer -> reading.petition(answer).map(view -> (Object) view),
            expected -> {
                var view = (ServiceAnswerReading.PetitionView) expected;
                return petitionRows.show(idea, view.status(), view.signatureCount());
            });
    }

    private static String ideaPath(UUID idea) {
        return "/ideas/" + idea;
    }

    private static String commentPath(UUID idea, UUID comment) {
        return ideaPath(idea) + "/comments/" + comment;
    }
}
