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
import no.samskap.gateway.ideas.readmodel.BoardQuery;
import no.samskap.gateway.ideas.readmodel.IdeaBoard;
import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaPage;
import no.samskap.gateway.ideas.readmodel.InvalidQueryValueException;
import no.samskap.gateway.ideas.readmodel.SimilarIdeaSearch;
import no.samskap.gateway.ideas.readmodel.SimilarIdeas;
import no.samskap.platform.problem.ProblemException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The public idea board, read from the gateway's own read model. */
@Controller("/api/ideas")
@Secured(SecurityRule.IS_ANONYMOUS)
class IdeaBoardController {

    private static final String KOMMUNENUMMER = "\\d{4}";
    private static final String NOT_A_KOMMUNENUMMER = "must be a 4-digit kommunenummer";

    private final IdeaBoard board;
    private final SimilarIdeaSearch similarIdeas;

    IdeaBoardController(IdeaBoard board, SimilarIdeaSearch similarIdeas) {
        this.board = board;
        this.similarIdeas = similarIdeas;
    }

    @Get
    IdeaBoardPage board(
            @QueryValue @NotNull @Pattern(regexp = KOMMUNENUMMER, message = NOT_A_KOMMUNENUMMER) String municipality,
            @QueryValue @Nullable String q,
            @QueryValue @Nullable List<String> serviceArea,
            @QueryValue @Nullable List<String> status,
            @QueryValue @Nullable List<String> targetGroup,
            @QueryValue @Nullable List<String> strategicValue,
            @QueryValue @Nullable List<String> costModel,
            @QueryValue @Nullable String sort,
            @QueryValue @Nullable Long seed,
            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
            @QueryValue @Nullable @Size(max = 200) String after) {
        return answering(() -> board.page(BoardQuery.of(municipality, q, serviceArea, status, sort, seed, limit, after)
            .narrowedTo(BoardQuery.Classifications.of(targetGroup, strategicValue, costModel))));
    }

    @Get("/similar")
    SimilarIdeas similar(
            @QueryValue @NotNull @Pattern(regexp = KOMMUNENUMMER, message = NOT_A_KOMMUNENUMMER) String municipality,
            @QueryValue @NotNull String text) {
        return answering(() -> similarIdeas.similarTo(municipality, text));
    }

    @Get("/{id}")
    IdeaPage idea(@PathVariable String id) {
        return parse(id).flatMap(board::find).orElseThrow(() -> ProblemException.notFound("idea", id));
    }

    private static <T> T answering(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidQueryValueException e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
