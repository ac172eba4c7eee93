package no.samskap.gateway.organisations.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryCursor;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.directory.DirectoryQuery;
import no.samskap.platform.problem.ProblemException;

import java.util.List;
import java.util.Optional;

/** The public directory of associations, read from the gateway's own read model, so it answers with the service down. */
@Controller("/api/associations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class DirectoryApiController {

    @Serdeable
    record Directory(String municipality, List<DirectoryEntry> associations, @Nullable String next) {
    }

    private final AssociationDirectory directory;

    DirectoryApiController(AssociationDirectory directory) {
        this.directory = directory;
    }

    /**
     * A municipality's associations by name; every word of {@code name} is part of the name, the description or an
     * accepted offer's description; {@code type} is one type's code; {@code offers} one kind of help the association
     * has offered and the municipality accepted ({@code hours}, {@code skills}, {@code venue}, {@code equipment},
     * {@code know-how}). 50 at a time: {@code next} is the cursor to give as {@code after} for the following page,
     * with the same search, and absent on the last.
     */
    @Get
    Directory directory(@QueryValue @Nullable String municipality, @QueryValue @Nullable String name,
                        @QueryValue @Nullable String type, @QueryValue @Nullable String offers,
                        @Parameter(description = "The next of the previous page, for the page after it")
                        @QueryValue @Nullable String after) {
        var query = DirectoryQuery.of(municipality, name, type, offers);
        var cursor = Optional.ofNullable(after).filter(given -> !given.isBlank())
            .map(given -> DirectoryCursor.decode(given).orElseThrow(() -> ProblemException.invalidField("after",
                "is not a cursor this directory gave out; start again from the first page without it")));
        var found = directory.page(query, cursor);
        return new Directory(query.municipality(), found.associations(), found.next().orElse(null));
    }

    @Get("/{id}")
    DirectoryEntry association(@PathVariable String id) {
        return Ids.association(id).flatMap(directory::find)
            .orElseThrow(() -> ProblemException.notFound("association", id));
    }
}
