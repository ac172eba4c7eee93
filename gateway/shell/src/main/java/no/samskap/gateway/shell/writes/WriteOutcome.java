package no.samskap.gateway.shell.writes;

import no.samskap.gateway.shell.services.ServiceAnswer;

import java.util.Optional;

/**
 * What became of a write relayed to its service: its answer, with whether the module's read model shows it yet, or
 * why there is none. Pages turn it into a redirect or a form with errors; the JSON API passes the answer on.
 */
public record WriteOutcome(Kind kind, Optional<ServiceAnswer> answer, boolean readModelPending) {

    public enum Kind { ANSWERED, NOT_SIGNED_IN, SERVICE_DOWN, MAY_HAVE_BEEN_SAVED }

    static WriteOutcome answered(ServiceAnswer answer, ReadYourWrites.ReadModel readModel) {
        return new WriteOutcome(Kind.ANSWERED, Optional.of(answer), readModel == ReadYourWrites.ReadModel.PENDING);
    }

    static WriteOutcome without(Kind kind) {
        return new WriteOutcome(kind, Optional.empty(), false);
    }

    public boolean succeeded() {
        return answer.map(ServiceAnswer::succeeded).orElse(false);
    }
}
