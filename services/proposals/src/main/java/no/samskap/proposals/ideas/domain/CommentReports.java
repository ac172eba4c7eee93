package no.samskap.proposals.ideas.domain;

import java.util.OptionalInt;

/**
 * Reports of comments: at most one per person and comment. Open reports are those since the comment was last
 * reviewed; their count is what the municipality's report threshold is compared with.
 */
public interface CommentReports {

    /** Returns the comment's open reports afterwards, or empty when this person had reported it already. */
    OptionalInt add(CommentReport report);

    /** A review dealt with the reports so far; the people who made them cannot report the comment again. */
    void closeOpenReports(CommentId comment);
}
