package no.samskap.gateway.ideas.pages;

import java.util.List;
import java.util.Optional;

/**
 * Who is looking at an idea page and what they may do there, as the proposals service told it: {@code idea} is the
 * service's view for this viewer (empty for an anonymous visitor or when the service did not answer), {@code comments}
 * the discussion. {@code done} names a change just made, {@code problem} a form that was refused.
 */
record Viewing(boolean signedIn, String subject, Optional<ProposalsReading.IdeaForViewer> idea,
               Optional<List<ProposalsReading.Thread>> comments, String csrf, String done, FormProblem problem) {

    static final List<String> EDITABLE = List.of("submitted", "published", "under-assessment");

    /** A refused form on the page: which one, the refusal, and the text the person had typed. */
    record FormProblem(String form, Refusal refusal, String typed) {
    }

    boolean isAuthor() {
        return idea.map(seen -> seen.authorId() != null && seen.authorId().equals(subject)).orElse(false);
    }

    boolean mayEdit() {
        return isAuthor() && idea.map(seen -> EDITABLE.contains(seen.status())).orElse(false);
    }

    boolean mayWithdraw() {
        return mayEdit();
    }

    String typedIn(String form) {
        return problem != null && problem.form().equals(form) ? problem.typed() : "";
    }
}
