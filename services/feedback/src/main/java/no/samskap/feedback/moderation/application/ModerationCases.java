package no.samskap.feedback.moderation.application;

import java.util.List;

/** Reads the moderation queue of a municipality: open appeals first, then the most reported, then the oldest. */
public interface ModerationCases {

    List<ModerationCase> waitingIn(String municipality);
}
