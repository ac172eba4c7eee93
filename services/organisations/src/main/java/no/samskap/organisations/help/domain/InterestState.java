package no.samskap.organisations.help.domain;

/** What a volunteer who showed interest sees: still waiting, the requester reminded, theirs, or taken by another. */
public enum InterestState {
    PENDING("pending"),
    REMINDED("reminded"),
    ACCEPTED("accepted"),
    TAKEN("taken");

    private final String code;

    InterestState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
