package no.samskap.events.ideas.application;

import no.samskap.events.ideas.domain.IdeaStanding;

import java.time.Instant;
import java.util.UUID;

/** The copy of ideas and offers of help that the proposals and organisations services' messages keep. */
public interface IdeaCopy {

    void submitted(UUID idea, String municipality, String title, String description, String serviceArea,
                   Instant at);

    void edited(UUID idea, String title, String description, String serviceArea, Instant at);

    void standing(UUID idea, IdeaStanding standing, Instant at);

    void helpOffered(UUID offer, UUID idea, UUID association, String kind, Double hours, String description,
                     Instant at);

    void helpAnswered(UUID offer, boolean accepted, Instant at);

    void forgetIdeas();

    void forgetHelp();
}
