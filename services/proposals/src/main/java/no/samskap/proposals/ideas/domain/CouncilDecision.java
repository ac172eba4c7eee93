package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What became of an innbyggerforslag sent to the council: {@code TREATED} at the meeting of {@code meetingDate}, with
 * the decision's text and a link to the case; or {@code REFUSED} because the council treated the matter in the same
 * election period, {@code text} then being staff's reason and the date and link left out.
 */
public record CouncilDecision(Outcome outcome, LocalDate meetingDate, String text, String caseUrl, Instant recordedAt) {

    public enum Outcome {
        TREATED, REFUSED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
