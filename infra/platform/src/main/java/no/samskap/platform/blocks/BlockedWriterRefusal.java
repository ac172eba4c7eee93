package no.samskap.platform.blocks;

import io.micronaut.http.HttpStatus;
import no.samskap.platform.problem.ProblemException;

import java.util.List;

/** The one answer to a blocked person's write, whether the platform's filter or the route itself refuses it. */
public final class BlockedWriterRefusal {

    static final String SLUG = "blocked";

    private BlockedWriterRefusal() {
    }

    public static ProblemException problem() {
        return new ProblemException(HttpStatus.FORBIDDEN, SLUG, "Blocked", "You cannot write in this municipality.",
            List.of());
    }
}
