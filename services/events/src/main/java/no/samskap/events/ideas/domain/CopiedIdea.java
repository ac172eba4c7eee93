package no.samskap.events.ideas.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.events.HostingUnits;
import no.samskap.events.events.domain.Refusal;

import java.util.Optional;
import java.util.UUID;

/** An idea as the proposals service's messages told it; only an accepted one may become an event. */
public record CopiedIdea(UUID id, MunicipalityNumber municipality, String title, String description,
                         String serviceArea, IdeaStanding standing) {

    public void requireAccepted() {
        if (standing != IdeaStanding.ACCEPTED) {
            throw Refusal.unprocessable("ideaId", "only an idea the municipality accepted can become an event; "
                + "this one is " + standing.code());
        }
    }

    /** The unit that hosts an event of this idea when its service area is one: the library's idea, say. */
    public Optional<String> hostingUnit() {
        return Optional.ofNullable(serviceArea).filter(HostingUnits.ALL::contains);
    }
}
