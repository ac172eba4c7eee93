package no.samskap.organisations.associations.application;

import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.application.Register.RegisterUnavailable;
import no.samskap.organisations.associations.application.Register.RegisterUpdate;
import no.samskap.organisations.associations.domain.RegisterFacts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterFeedFollowerTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");
    private static final OrganisationNumber OURS = new OrganisationNumber("912345602");
    private static final OrganisationNumber ALSO_OURS = new OrganisationNumber("912345610");
    private static final OrganisationNumber NOT_OURS = new OrganisationNumber("912345696");

    private final FeedOfUpdates register = new FeedOfUpdates();
    private final CursorInMemory cursor = new CursorInMemory();
    private final OurNumbers known = new OurNumbers(Set.of(OURS, ALSO_OURS));
    private final RegisterFeedFollower follower =
        new RegisterFeedFollower(register, cursor, known, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theFirstRunStartsAtTheFirstUpdateOfTheLastDayRatherThanAtTheBeginning() {
        register.publish(100, OURS, NOW.minus(Duration.ofDays(3)));
        register.publish(101, ALSO_OURS, NOW.minus(Duration.ofHours(20)));
        register.publish(102, NOT_OURS, NOW.minus(Duration.ofHours(2)));

        follower.follow();

        assertEquals(List.of(ALSO_OURS), known.rechecked);
        assertEquals(OptionalLong.of(102), cursor.lastUpdateId());
        assertEquals(NOW.minus(RegisterFeedFollower.FIRST_LOOK_BACK), register.askedSince.get(0));
    }

    @Test
    void withNoUpdatesInTheLastDayTheCursorStaysUnsetUntilThereAreSome() {
        register.publish(100, OURS, NOW.minus(Duration.ofDays(3)));

        assertEquals(0, follower.follow());
        assertEquals(OptionalLong.empty(), cursor.lastUpdateId());

        register.publish(101, ALSO_OURS, NOW.minus(Duration.ofMinutes(5)));
        follower.follow();

        assertEquals(List.of(ALSO_OURS), known.rechecked);
        assertEquals(OptionalLong.of(101), cursor.lastUpdateId());
    }

    @Test
    void onlyNumbersOneOfOurAssociationsHasAreRecheckedAndEachOncePerPage() {
        cursor.moveTo(99, NOW);
        register.publish(100, NOT_OURS, NOW);
        register.publish(101, OURS, NOW);
        register.publish(102, OURS, NOW);
        register.publish(103, ALSO_OURS, NOW);

        var rechecks = follower.follow();

        assertEquals(2, rechecks);
        assertEquals(List.of(OURS, ALSO_OURS), known.rechecked);
        assertEquals(OptionalLong.of(103), cursor.lastUpdateId());
    }

    @Test
    void theNextRunContinuesAfterTheCursor() {
        cursor.moveTo(99, NOW);
        register.publish(100, OURS, NOW);
        follower.follow();
        register.publish(101, ALSO_OURS, NOW);

        follower.follow();

        assertEquals(List.of(OURS, ALSO_OURS), known.rechecked);
        assertEquals(List.of(99L, 100L), register.askedAfter);
    }

    @Test
    void fullPagesAreFollowedByTheNextPageUntilAShortOne() {
        cursor.moveTo(0, NOW);
        for (var id = 1; id <= 2 * RegisterFeedFollower.PAGE_SIZE + 10; id++) {
            register.publish(id, id == 2 * RegisterFeedFollower.PAGE_SIZE + 5 ? OURS : NOT_OURS, NOW);
        }

        follower.follow();

        assertEquals(List.of(0L, (long) RegisterFeedFollower.PAGE_SIZE, 2L * RegisterFeedFollower.PAGE_SIZE),
            register.askedAfter);
        assertEquals(List.of(OURS), known.rechecked);
        assertEquals(OptionalLong.of(2L * RegisterFeedFollower.PAGE_SIZE + 10), cursor.lastUpdateId());
    }

    @Test
    void aLongBacklogIsReadOverSeveralRunsSoNoRunHoldsOnForever() {
        cursor.moveTo(0, NOW);
        var backlog = (RegisterFeedFollower.MAX_PAGES_PER_RUN + 1) * RegisterFeedFollower.PAGE_SIZE;
        for (var id = 1; id <= backlog; id++) {
            register.publish(id, NOT_OURS, NOW);
        }

        follower.follow();
        assertEquals(OptionalLong.of((long) RegisterFeedFollower.MAX_PAGES_PER_RUN * RegisterFeedFollower.PAGE_SIZE),
            cursor.lastUpdateId());

        follower.follow();
        assertEquals(OptionalLong.of(backlog), cursor.lastUpdateId());
    }

    @Test
    void whenTheRegisterIsAwayTheScheduledRunLeavesTheCursorWhereItWas() {
        cursor.moveTo(99, NOW);
        register.publish(100, OURS, NOW);
        register.away = true;

        assertThrows(RegisterUnavailable.class, follower::follow);
        assertDoesNotThrow(follower::followOnSchedule);
        assertEquals(OptionalLong.of(99), cursor.lastUpdateId());
        assertTrue(known.rechecked.isEmpty());
    }

    @Test
    void aPageWhoseRecheckFailedIsReadAgainOnTheNextRun() {
        cursor.moveTo(99, NOW);
        register.publish(100, OURS, NOW);
        known.failNextRecheck = true;

        assertThrows(IllegalStateException.class, follower::follow);
        assertEquals(OptionalLong.of(99), cursor.lastUpdateId());

        follower.follow();
        assertEquals(List.of(OURS, OURS), known.rechecked);
        assertEquals(OptionalLong.of(100), cursor.lastUpdateId());
    }

    private record Published(RegisterUpdate update, Instant at) {
    }

    private static final class FeedOfUpdates implements Register {
        final List<Published> feed = new ArrayList<>();
        final List<Long> askedAfter = new ArrayList<>();
        final List<Instant> askedSince = new ArrayList<>();
        boolean away;

        void publish(long updateId, OrganisationNumber number, Instant at) {
            feed.add(new Published(new RegisterUpdate(updateId, number, "Endring"), at));
        }

        @Override
        public List<RegisterUpdate> updatesAfter(long afterUpdateId, int size) {
            answerIfHere();
            askedAfter.add(afterUpdateId);
            return feed.stream().map(Published::update).filter(update -> update.updateId() > afterUpdateId)
                .limit(size).toList();
        }

        @Override
        public List<RegisterUpdate> updatesSince(Instant time, int size) {
            answerIfHere();
            askedSince.add(time);
            return feed.stream().filter(published -> !published.at().isBefore(time)).map(Published::update)
                .limit(size).toList();
        }

        @Override
        public RegisterFacts lookUp(OrganisationNumber number) {
            throw new AssertionError("the follower leaves lookups to the recheck");
        }

        @Override
        public List<BoardRole> rolesOf(OrganisationNumber number) {
            throw new AssertionError("the follower never asks for roles");
        }

        private void answerIfHere() {
            if (away) {
                throw new RegisterUnavailable("Enhetsregisteret answered 503", null);
            }
        }
    }

    private static final class CursorInMemory implements RegisterFeedCursor {
        private Long last;

        @Override
        public OptionalLong lastUpdateId() {
            return last == null ? OptionalLong.empty() : OptionalLong.of(last);
        }

        @Override
        public void moveTo(long updateId, Instant at) {
            last = last == null ? updateId : Math.max(last, updateId);
        }
    }

    private static final class OurNumbers implements KnownOrganisationNumbers {
        final Set<OrganisationNumber> ours;
        final List<OrganisationNumber> rechecked = new ArrayList<>();
        boolean failNextRecheck;

        OurNumbers(Set<OrganisationNumber> ours) {
            this.ours = new HashSet<>(ours);
        }

        @Override
        public Set<OrganisationNumber> knownAmong(Set<OrganisationNumber> numbers) {
            return numbers.stream().filter(ours::contains).collect(Collectors.toSet());
        }

        @Override
        public void recheck(OrganisationNumber number) {
            rechecked.add(number);
            if (failNextRecheck) {
                failNextRecheck = false;
                throw new IllegalStateException("the association store is away");
            }
        }
    }
}
