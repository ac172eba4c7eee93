package no.samskap.proposals.ideas.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an idea stands. Each status names the statuses it may move to; every other jump is refused.
 * {@code code} is what travels and is stored.
 */
public enum IdeaStatus {
    SUBMITTED,
    PUBLISHED,
    REJECTED,
    UNDER_ASSESSMENT,
    ACCEPTED,
    NOT_POSSIBLE,
    ALREADY_EXISTS,
    REALISED,
    WITHDRAWN;

    static final Set<IdeaStatus> ANSWERS = EnumSet.of(ACCEPTED, NOT_POSSIBLE, ALREADY_EXISTS);

    public Set<IdeaStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(PUBLISHED, REJECTED, WITHDRAWN);
            case PUBLISHED -> EnumSet.of(UNDER_ASSESSMENT, ACCEPTED, NOT_POSSIBLE, ALREADY_EXISTS, WITHDRAWN);
            case UNDER_ASSESSMENT -> EnumSet.of(ACCEPTED, NOT_POSSIBLE, ALREADY_EXISTS, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(REALISED);
            case REJECTED, NOT_POSSIBLE, ALREADY_EXISTS, REALISED, WITHDRAWN -> EnumSet.noneOf(IdeaStatus.class);
        };
    }

    public boolean isAnswer() {
        return ANSWERS.contains(this);
    }

    /** Before an official answer the author may still edit, and residents may support. */
    public boolean isOpen() {
        return this == SUBMITTED || this == PUBLISHED || this == UNDER_ASSESSMENT;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static IdeaStatus fromCode(String code) {
        for (var status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("No idea status " + code);
    }
}
