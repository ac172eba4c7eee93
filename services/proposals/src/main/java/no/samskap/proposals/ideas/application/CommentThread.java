package no.samskap.proposals.ideas.application;

import java.util.List;

/** A top-level comment and its answers, oldest first. */
public record CommentThread(SeenComment comment, List<SeenComment> answers) {
}
