package no.samskap.proposals.ideas.domain;

import java.util.OptionalInt;

/**
 * Reports of ideas: at most one per person and idea. Open reports are those since the idea was last reviewed;
 * their count is what the municipality's report threshold is compared with.
 */
public interface IdeaReports {

    /** Returns the idea's open reports afterwards, or empty when this person had reported it already. */
    OptionalInt add(IdeaReport report);

    /** A review dealt with the reports so far; the people who made them cannot report the idea again. */
    void closeOpenReports(IdeaId idea);
}
