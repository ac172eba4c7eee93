package no.samskap.events.registrations.application;

import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.Refusal;
import no.samskap.platform.security.SignedInPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationLineTest {

    private static final String EVENT = "3f0d1a2b-0000-4000-8000-000000000001";
    private static final EventId EVENT_ID = new EventId(java.util.UUID.fromString(EVENT));

    private final ExecutorService people = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        people.shutdownNow();
    }

    @Test
    void admitsThoseWhoArriveWhileAGroupIsAdmittedAsOneGroupEachWithTheirOwnStanding() throws Exception {
        var desk = new GroupsDesk();
        var line = new RegistrationLine(desk, 200);
        var first = people.submit(() -> line.register(person("first"), "First", EVENT, new Register(0, null, null)));
        await(desk.firstGroupStarted);
        var later = new ArrayList<Future<Standing>>();
        for (int n = 0; n < 5; n++) {
            var name = "later-" + n;
            later.add(people.submit(() -> line.register(person(name), name, EVENT, new Register(0, null, null))));
        }
        eventually(() -> assertEquals(5, line.waitingFor(EVENT_ID)));
        desk.othersWaiting.countDown();

        assertEquals(1, first.get(10, TimeUnit.SECONDS).position());
        var positions = new ArrayList<Integer>();
        for (var standing : later) {
            positions.add(standing.get(10, TimeUnit.SECONDS).position());
        }
        assertEquals(List.of(1, 5), desk.groups.stream().map(List::size).toList());
        assertEquals(List.of(2, 3, 4, 5, 6), positions.stream().sorted().toList(), "each got their own place");
    }

    @Test
    void answersARefusedPersonWithTheirOwnRefusalAndTheRestWithTheirStandings() throws Exception {
        var refusal = Refusal.conflict("registration", "you are already registered for this event");
        var desk = new GroupsDesk(false) {
            @Override
            Admission admissionOf(Applicant applicant, int place) {
                return applicant.displayName().equals("twice") ? new Admission(null, refusal)
                    : super.admissionOf(applicant, place);
            }
        };
        var line = new RegistrationLine(desk, 200);

        var refused = people.submit(() -> line.register(person("twice"), "twice", EVENT, new Register(0, null, null)));
        var admitted = people.submit(() -> line.register(person("once"), "once", EVENT, new Register(0, null, null)));

        var thrown = assertThrows(java.util.concurrent.ExecutionException.class, () -> refused.get(10, TimeUnit.SECONDS));
        assertSame(refusal, thrown.getCause());
        assertTrue(admitted.get(10, TimeUnit.SECONDS).position() >= 1);
    }

    @Test
    void admitsAGroupThatFailedAsAWholeOneByOneSoOnlyTheFaultyOneFails() throws Exception {
        var desk = new GroupsDesk() {
            @Override
            Admission admissionOf(Applicant applicant, int place) {
                if (applicant.displayName().equals("broken")) {
                    throw new IllegalStateException("the database refused this one");
                }
                return super.admissionOf(applicant, place);
            }
        };
        var line = new RegistrationLine(desk, 200);
        var first = people.submit(() -> line.register(person("first"), "first", EVENT, new Register(0, null, null)));
        await(desk.firstGroupStarted);
        var broken = people.submit(() -> line.register(person("broken"), "broken", EVENT, new Register(0, null, null)));
        var sound = people.submit(() -> line.register(person("sound"), "sound", EVENT, new Register(0, null, null)));
        eventually(() -> assertEquals(2, line.waitingFor(EVENT_ID)));
        desk.othersWaiting.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertTrue(sound.get(10, TimeUnit.SECONDS).position() >= 1);
        var thrown = assertThrows(java.util.concurrent.ExecutionException.class, () -> broken.get(10, TimeUnit.SECONDS));
        assertEquals("the database refused this one", thrown.getCause().getMessage());
        assertEquals(List.of(1, 2, 1, 1), desk.groups.stream().map(List::size).toList(),
            "the failed group of two was tried again one by one");
    }

    @Test
    void answersEveryoneOfAGroupWhenAdmittingItBreaksBeyondAnException() throws Exception {
        var desk = new GroupsDesk() {
            @Override
            Admission admissionOf(Applicant applicant, int place) {
                if (!applicant.displayName().equals("first")) {
                    throw new AssertionError("the admission broke");
                }
                return super.admissionOf(applicant, place);
            }
        };
        var line = new RegistrationLine(desk, 200);
        var first = people.submit(() -> line.register(person("first"), "first", EVENT, new Register(0, null, null)));
        await(desk.firstGroupStarted);
        var behind = new ArrayList<Future<Standing>>();
        for (var name : List.of("leads-the-next-group", "waits-in-it")) {
            behind.add(people.submit(() -> line.register(person(name), name, EVENT, new Register(0, null, null))));
        }
        eventually(() -> assertEquals(2, line.waitingFor(EVENT_ID)));
        desk.othersWaiting.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (var waiting : behind) {
            var thrown = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> waiting.get(10, TimeUnit.SECONDS), "answered, not left waiting");
            assertTrue(thrown.getCause().getMessage().contains("the admission broke"), thrown.getCause().toString());
        }
        assertEquals(0, line.waitingFor(EVENT_ID), "the line was handed on");
    }

    private static SignedInPerson person(String subject) {
        return new SignedInPerson(subject, "1833", Set.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "waited too long");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Places everyone in line in the order given, 1 and up across groups, and remembers each group; the first group
     * waits until {@code othersWaiting} opens, so a test can let others line up behind it.
     */
    private static class GroupsDesk extends RegistrationDesk {
        final List<List<Applicant>> groups = new CopyOnWriteArrayList<>();
        final CountDownLatch firstGroupStarted = new CountDownLatch(1);
        final CountDownLatch othersWaiting;
        private int placed;

        GroupsDesk(boolean holdsTheFirstGroup) {
            super(null, null, null, null, null);
            othersWaiting = new CountDownLatch(holdsTheFirstGroup ? 1 : 0);
        }

        GroupsDesk() {
            this(true);
        }

        @Override
        public List<Admission> registerAll(EventId eventId, List<Applicant> applicants) {
            if (groups.isEmpty()) {
                firstGroupStarted.countDown();
                await(othersWaiting);
            }
            groups.add(applicants);
            var admissions = new ArrayList<Admission>();
            for (var applicant : applicants) {
                admissions.add(admissionOf(applicant, ++placed));
            }
            return admissions;
        }

        Admission admissionOf(Applicant applicant, int place) {
            return new Admission(new Standing(null, null, place), null);
        }
    }
}
