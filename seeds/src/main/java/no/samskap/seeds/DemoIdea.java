package no.samskap.seeds;

import java.util.List;

/**
 * One demo idea and how far its life has come: supported by some residents, perhaps assessed (with a response
 * date that many days ahead), answered, realised in a cultural event, or withdrawn by its author.
 */
public record DemoIdea(String municipality, String author, String title, String body, String serviceArea,
                       List<String> supporters, Integer assessmentDays, Answer answer, String realisedBy,
                       boolean withdrawn) {

    public record Answer(String outcome, String text) {
    }

    public DemoIdea {
        supporters = supporters == null ? List.of() : List.copyOf(supporters);
    }
}
