package no.samskap.events.registrations.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.registrations.application.RegistrationDesk.Admission;
import no.samskap.events.registrations.application.RegistrationDesk.Applicant;
import no.samskap.platform.security.SignedInPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registrations for one event wait in a line and are admitted a group at a time, in one transaction under one lock of
 * the event, instead of a transaction and a commit each through that lock (ADR 0069). The request at the head of the
 * line admits the group that has gathered behind it, then hands the line to the next waiting request; nobody answers
 * before the group's transaction has committed. A group that fails for another reason than a refusal of one of its
 * people is admitted again one by one, so each gets the answer they would have got alone.
 */
@Singleton
public class RegistrationLine {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationLine.class);
    private static final Object LEAD = new Object();

    private final RegistrationDesk desk;
    private final int largestGroup;
    private final ConcurrentHashMap<EventId, Line> lines = new ConcurrentHashMap<>();

    RegistrationLine(RegistrationDesk desk,
                     @Value("${samskap.events.registration-group:200}") int largestGroup) {
        if (largestGroup < 1) {
            throw new IllegalArgumentException("samskap.events.registration-group must be at least 1, was "
                + largestGroup);
        }
        this.desk = desk;
        this.largestGroup = largestGroup;
    }

    /** Registers the person for the event, or refuses them, after waiting in the event's line. */
    public Standing register(SignedInPerson person, String displayName, String event, Register command) {
        // Whether the event is there and the person may see it is decided with the group, under the event's lock.
        var eventId = EventId.parse(event).orElseThrow(() -> Refusal.notFound("no event " + event));
        var waiting = new Waiting(new Applicant(person, displayName, command));
        var line = lines.computeIfAbsent(eventId, id -> new Line());
        var leads = line.join(waiting);
        while (true) {
            if (leads) {
                admitNextGroup(eventId, line);
            }
            var outcome = waiting.outcome();
            if (outcome == LEAD) {
                leads = true;
            } else if (outcome instanceof Standing standing) {
                return standing;
            } else {
                throw (RuntimeException) outcome;
            }
        }
    }

    /** How many requests wait in the event's line behind the group being admitted; for tests. */
    int waitingFor(EventId eventId) {
        var line = lines.get(eventId);
        return line == null ? 0 : line.size();
    }

    private void admitNextGroup(EventId eventId, Line line) {
        var group = line.take(largestGroup);
        try {
            var answers = answersTogetherOrAlone(eventId, group);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).tell(answers.get(i));
            }
        } catch (Error broken) {
            // Nobody of the group may be left waiting for an answer that will never come.
            var failure = new IllegalStateException("The registration could not be admitted: " + broken, broken);
            group.forEach(waiting -> waiting.tellIfUnanswered(failure));
            throw broken;
        } finally {
            line.handOn(eventId, lines);
        }
    }

    /** For each of the group, in order, its standing or the exception it is to be answered with. */
    private List<Object> answersTogetherOrAlone(EventId eventId, List<Waiting> group) {
        try {
            return desk.registerAll(eventId, group.stream().map(Waiting::applicant).toList()).stream()
                .map(RegistrationLine::answer).toList();
        } catch (RuntimeException failure) {
            if (group.size() > 1) {
                LOG.warn("A group of {} registrations for event {} failed; admitting them one by one: {}",
                    group.size(), eventId.value(), failure.getMessage());
            }
            var answers = new ArrayList<Object>();
            for (var waiting : group) {
                answers.add(group.size() == 1 ? failure : alone(eventId, waiting));
            }
            return answers;
        }
    }

    private Object alone(EventId eventId, Waiting waiting) {
        try {
            return answer(desk.registerAll(eventId, List.of(waiting.applicant())).get(0));
        } catch (RuntimeException failure) {
            return failure;
        }
    }

    private static Object answer(Admission admission) {
        return admission.refusal() != null ? admission.refusal() : admission.standing();
    }

    /** The requests waiting for one event, and whether one of them is admitting a group now. */
    private static final class Line {
        private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
        private boolean admitting;

        /** True when the one joining is to admit the next group itself. */
        synchronized boolean join(Waiting joining) {
            waiting.add(joining);
            if (admitting) {
                return false;
            }
            admitting = true;
            return true;
        }

        synchronized int size() {
            return waiting.size();
        }

        synchronized List<Waiting> take(int most) {
            var group = new ArrayList<Waiting>();
            while (!waiting.isEmpty() && group.size() < most) {
                group.add(waiting.poll());
            }
            return group;
        }

        /** Gives the line to the first who waits, or leaves it idle (and forgotten) when nobody does. */
        synchronized void handOn(EventId eventId, ConcurrentHashMap<EventId, Line> lines) {
            var next = waiting.peek();
            if (next == null) {
                admitting = false;
                lines.remove(eventId, this);
                return;
            }
            next.tell(LEAD);
        }
    }

    /** One request in a line: what it asks for, and where its answer, or its turn to admit, arrives. */
    private record Waiting(Applicant applicant, BlockingQueue<Object> answers) {

        Waiting(Applicant applicant) {
            this(applicant, new ArrayBlockingQueue<>(1));
        }

        void tell(Object answer) {
            answers.add(answer);
        }

        void tellIfUnanswered(Object answer) {
            answers.offer(answer);
        }

        Object outcome() {
            try {
                return answers.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting in the registration line", e);
            }
        }
    }
}
