package no.samskap.organisations.associations.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import no.samskap.contract.OrganisationNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads Enhetsregisteret's update feed and has every organisation number one of our associations holds checked again
 * when the register reports a change to it. Pages are handled in order and the cursor moves past a page only once
 * each of its known numbers was handed over, so a failure repeats a page rather than skipping one; a recheck is a
 * fresh lookup, so doing it twice is harmless. Off when {@code samskap.enhetsregisteret.follow} is false.
 */
@Singleton
@Requires(property = "samskap.enhetsregisteret.follow", notEquals = "false")
public class RegisterFeedFollower {

    static final int PAGE_SIZE = 500;
    static final int MAX_PAGES_PER_RUN = 20;
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(RegisterFeedFollower.class);

    private final Register register;
    private final RegisterFeedCursor cursor;
    private final KnownOrganisationNumbers known;
    private final Clock clock;

    RegisterFeedFollower(Register register, RegisterFeedCursor cursor, KnownOrganisationNumbers known, Clock clock) {
        this.register = register;
        this.cursor = cursor;
        this.known = known;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${samskap.enhetsregisteret.follow-every:10m}")
    void followOnSchedule() {
        try {
            follow();
        } catch (Register.RegisterUnavailable unavailable) {
            LOG.warn("Enhetsregisteret's update feed could not be read; the next run tries again: {}",
                unavailable.getMessage());
        }
    }

    /** Reads what the feed has after the cursor, at most {@link #MAX_PAGES_PER_RUN} pages; gives the rechecks asked. */
    public int follow() {
        var start = cursor.lastUpdateId();
        if (start.isEmpty()) {
            start = startOneLookBackAgo();
        }
        if (start.isEmpty()) {
            return 0;
        }
        var after = start.getAsLong();
        var rechecks = 0;
        for (var page = 0; page < MAX_PAGES_PER_RUN; page++) {
            var updates = register.updatesAfter(after, PAGE_SIZE);
            var last = updates.stream().mapToLong(Register.RegisterUpdate::updateId).max().orElse(after);
            if (last <= after) {
                break;
            }
            rechecks += recheckKnown(updates);
            cursor.moveTo(last, clock.instant());
            after = last;
            if (updates.size() < PAGE_SIZE) {
                break;
            }
        }
        return rechecks;
    }

    private OptionalLong startOneLookBackAgo() {
        var since = clock.instant().minus(FIRST_LOOK_BACK);
        var first = register.updatesSince(since, 1);
        if (first.isEmpty()) {
            LOG.info("Enhetsregisteret reports no updates since {}; the feed is read from the next one.", since);
            return OptionalLong.empty();
        }
        var before = first.get(0).updateId() - 1;
        cursor.moveTo(before, clock.instant());
        LOG.info("Following Enhetsregisteret's updates from update {}, the first since {}.", before + 1, since);
        return OptionalLong.of(before);
    }

    private int recheckKnown(List<Register.RegisterUpdate> updates) {
        Set<OrganisationNumber> changed = new LinkedHashSet<>();
        updates.forEach(update -> changed.add(update.number()));
        var ours = known.knownAmong(changed);
        var toRecheck = changed.stream().filter(ours::contains).toList();
        toRecheck.forEach(known::recheck);
        if (!toRecheck.isEmpty()) {
            LOG.info("Enhetsregisteret changed {} of our organisation numbers in updates {} to {}; asked to check them"
                + " again.", toRecheck.size(), updates.get(0).updateId(), updates.get(updates.size() - 1).updateId());
        }
        return toRecheck.size();
    }
}
