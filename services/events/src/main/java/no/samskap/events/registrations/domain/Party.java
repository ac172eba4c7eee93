package no.samskap.events.registrations.domain;

import no.samskap.events.events.domain.Refusal;

/** The person who registers and the companions they bring; every one of them takes a seat. */
public record Party(int companions) {

    public static final int MOST_COMPANIONS = 9;

    public Party {
        if (companions < 0 || companions > MOST_COMPANIONS) {
            throw Refusal.invalid("companions", "must be from 0 to " + MOST_COMPANIONS);
        }
    }

    /** Alone when nothing is said about companions. */
    public static Party of(Integer companions) {
        return new Party(companions == null ? 0 : companions);
    }

    public int places() {
        return companions + 1;
    }
}
