package no.samskap.proposals.ideas.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Innbyggerforslag sent to the council whose six-month deadline comes near or passes without a recorded decision.
 * Each is handed out once: rows handed out stay locked until the caller's transaction ends, and rows another caller
 * holds are skipped.
 */
public interface DuePetitions {

    record Due(IdeaId idea, LocalDate councilDeadline) {
    }

    /** Deadlines within the municipality's reminder days of {@code day}, not yet past, not reminded of. */
    List<Due> toRemindOn(LocalDate day, int limit);

    /** Deadlines passed before {@code day} that nobody was told of. */
    List<Due> passedBy(LocalDate day, int limit);

    void reminded(Due due);

    void passingTold(Due due);
}
