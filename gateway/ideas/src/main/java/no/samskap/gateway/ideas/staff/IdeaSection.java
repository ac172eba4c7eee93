package no.samskap.gateway.ideas.staff;

import java.util.Arrays;
import java.util.Optional;

/** The ideas module's sections of the staff inbox, by the key the page and the JSON name them with. */
enum IdeaSection {

    TO_MODERATE("to-moderate"), REPORTED_IDEAS("reported-ideas"), REPORTED_COMMENTS("reported-comments"),
    HIDDEN_IDEAS("hidden-ideas"), HIDDEN_COMMENTS("hidden-comments"), APPEALS("appeals"),
    COMMENT_APPEALS("comment-appeals"), OVERDUE("overdue"), DUE_SOON("due-soon"),
    THRESHOLD_REACHED("threshold-reached"), TO_ASSESS("to-assess"), ASSESSING("assessing");

    final String key;

    IdeaSection(String key) {
        this.key = key;
    }

    /** Ideas under assessment whose answer is due later than a week are listed but wait for nobody yet. */
    boolean waiting() {
        return this != ASSESSING;
    }

    static Optional<IdeaSection> named(String key) {
        return Arrays.stream(values()).filter(section -> section.key.equals(key)).findFirst();
    }
}
