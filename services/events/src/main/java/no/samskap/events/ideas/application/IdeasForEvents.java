package no.samskap.events.ideas.application;

import no.samskap.events.events.domain.EventId;
import no.samskap.events.ideas.domain.CopiedIdea;
import no.samskap.events.ideas.domain.HelpOffer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What drafting an event from an idea reads and records. */
public interface IdeasForEvents {

    /** The idea, its row locked for the transaction, so one idea becomes one event at a time. */
    Optional<CopiedIdea> lock(UUID idea);

    List<HelpOffer> acceptedHelp(UUID idea);

    void carryOver(EventId event, List<HelpOffer> offers);

    List<HelpOffer> carriedOverTo(EventId event);
}
