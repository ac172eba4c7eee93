package no.samskap.proposals.ideas.application;

import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.Timelines;

import java.util.List;
import java.util.UUID;

/**
 * An idea as one viewer may see it, with its timeline, supports and the number of comments everyone sees;
 * {@code originFeedbackId} is the feedback staff made it of, null for a resident's own idea.
 */
public record IdeaDetails(Idea idea, List<Timelines.Step> timeline, int supportCount, boolean overdue,
                          boolean qualifiesForAssessment, boolean supportedByViewer, int commentCount,
                          boolean followedByViewer, UUID originFeedbackId) {
}
