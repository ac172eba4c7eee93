package no.samskap.proposals.ideas.domain;

import java.time.Instant;

/**
 * Another moderator's decision on an appeal, of an idea or of a comment: upheld reverses the decision appealed
 * against, not upheld lets it stand for good. The rules are the same for both, so they live here once.
 */
public record AppealDecision(boolean upheld, Actor decidedBy, String reason, Instant decidedAt) {

    /** The author's words, checked as any appeal's. */
    static String lodgedText(String text) {
        return Texts.requireLength("text", text, 1, IdeaAppeal.TEXT_MAX);
    }

    /** {@code what} names the thing appealed, as in "an idea". */
    public static AppealRefusedException appealedOnce(String what) {
        return new AppealRefusedException("The author of " + what + " may appeal once; it was appealed already");
    }

    public static AppealRefusedException decidedOnce() {
        return new AppealRefusedException("The appeal is decided already, and an appeal is decided once");
    }

    /** Decides an appeal not decided yet ({@code earlier} null), by a moderator who did not make the decision. */
    static AppealDecision decide(AppealDecision earlier, String contestedDecisionBy, Actor moderator, boolean upheld,
                                 String reason, int reasonMax, Instant now) {
        if (earlier != null) {
            throw decidedOnce();
        }
        if (moderator.id().equals(contestedDecisionBy)) {
            throw new SameModeratorException();
        }
        return new AppealDecision(upheld, moderator, Texts.requireLength("reason", reason, 1, reasonMax), now);
    }
}
