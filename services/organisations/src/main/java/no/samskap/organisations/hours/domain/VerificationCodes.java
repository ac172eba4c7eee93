package no.samskap.organisations.hours.domain;

import java.time.Instant;
import java.util.Optional;

/** The verification codes volunteers issued for their records; only live ones open anything. */
public interface VerificationCodes {

    /** Revokes the volunteer's live code, if any, and makes this one live. */
    void issue(VerificationCode code);

    /** False when the volunteer had no live code. */
    boolean revoke(String volunteerId, Instant at);

    Optional<VerificationCode> liveOf(String volunteerId);

    Optional<VerificationCode> live(String code);
}
