package no.samskap.gateway.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.samskap.gateway.ideas.readmodel.IdeaBoard;
import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaPage;
import no.samskap.platform.problem.ProblemException;

import java.util.Optional;
import java.util.UUID;

/** The public idea board, read from the gateway's own read model. */
@Controller("/api/ideas")
@Secured(SecurityRule.IS_ANONYMOUS)
class IdeaBoardController {

    private final IdeaBoard board;

    IdeaBoardController(IdeaBoard board) {
        this.board = board;
    }

    @Get
    IdeaBoardPage board(
            @QueryValue @NotNull @Pattern(regexp = "\\d{4}", message = "must be a 4-digit kommunenummer") String municipality,
            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
            @QueryValue @Nullable @Size(max = 200) String after) {
        try {
            return board.newestFirst(municipality, limit, Optional.ofNullable(after));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("after", e.getMessage());
        }
    }

    @Get("/{id}")
    IdeaPage idea(@PathVariable String id) {
        return parse(id).flatMap(board::find).orElseThrow(() -> ProblemException.notFound("idea", id));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
