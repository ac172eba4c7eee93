package no.samskap.platform.ratelimits;

import no.samskap.platform.security.WritingPerson;

/**
 * A person's write that did not fit their limit, found inside the write's transaction: thrown so that the transaction
 * rolls back, count included, and answered as the filter answers ({@link RateLimitRefusal}).
 */
public final class OverTheLimit extends RuntimeException {

    private final transient WritingPerson person;
    private final Verdict verdict;

    OverTheLimit(WritingPerson person, Verdict verdict) {
        super("Over the limit of " + verdict.limit().described(), null, false, false);
        this.person = person;
        this.verdict = verdict;
    }

    WritingPerson person() {
        return person;
    }

    Verdict verdict() {
        return verdict;
    }
}
