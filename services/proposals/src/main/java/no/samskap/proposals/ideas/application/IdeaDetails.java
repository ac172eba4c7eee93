package no.samskap.proposals.ideas.application;

import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.Timelines;

import java.util.List;

/** An idea as one viewer may see it, with its timeline, supports and the number of comments everyone sees. */
public record IdeaDetails(Idea idea, List<Timelines.Step> timeline, int supportCount, boolean overdue,
                          boolean qualifiesForAssessment, boolean supportedByViewer, int commentCount,
                          boolean followedByViewer) {
}
