package no.samskap.proposals.ideas.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Ideas under assessment whose committed response date comes near or passes. Each is handed out once per date: the
 * rows handed out stay locked until the caller's transaction ends, and rows another caller holds are skipped.
 */
public interface DueAnswers {

    /** An idea whose answer is due by {@code respondBy}; {@code committedBy} set or last moved that date. */
    record Due(IdeaId idea, LocalDate respondBy, String committedBy) {
    }

    /** Answers due within the municipality's reminder days of {@code day}, not yet past and not reminded of. */
    List<Due> toRemindOn(LocalDate day, int limit);

    /** Answers whose date passed before {@code day} and nobody was told so. */
    List<Due> passedBy(LocalDate day, int limit);

    void reminded(Due due);

    void passingTold(Due due);
}
