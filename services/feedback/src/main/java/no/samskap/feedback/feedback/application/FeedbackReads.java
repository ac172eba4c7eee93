package no.samskap.feedback.feedback.application;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.feedback.feedback.domain.AllFeedback;
import no.samskap.feedback.feedback.domain.Feedback;
import no.samskap.feedback.feedback.domain.FeedbackId;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Feedback as people read it: one, a municipality's list, the staff's list of those awaiting an answer, one's own. */
@Singleton
public class FeedbackReads {

    public static final int PAGE_SIZE = 20;

    private final AllFeedback feedback;
    private final EventAttendance attendance;
    private final FeedbackAnswers answers;
    private final FeedbackHidings hidings;
    private final FeedbackIdeas ideas;
    private final FeedbackSettings settings;

    FeedbackReads(AllFeedback feedback, EventAttendance attendance, FeedbackAnswers answers, FeedbackHidings hidings,
                  FeedbackIdeas ideas, FeedbackSettings settings) {
        this.feedback = feedback;
        this.attendance = attendance;
        this.answers = answers;
        this.hidings = hidings;
        this.ideas = ideas;
        this.settings = settings;
    }

    /** The feedback if the viewer may see it (null viewer: anonymous); 404 otherwise. */
    @ReadOnly
    public FeedbackReading one(String id, SignedInPerson viewer) {
        return FeedbackId.parse(id).flatMap(feedback::find).map(found -> read(List.of(found), viewer).get(0))
            .filter(FeedbackReading::visible)
            .orElseThrow(() -> Refusal.notFound("no feedback " + id));
    }

    /** A page (from 1) of the municipality's visible feedback, newest first, narrowed to an event or a unit. */
    @ReadOnly
    public List<FeedbackReading> list(MunicipalityNumber municipality, UUID eventId, String unit, int page,
                                      SignedInPerson viewer) {
        var found = feedback.inMunicipality(municipality, eventId, unit, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        return read(found, viewer).stream().filter(reading -> !reading.hidden()).toList();
    }

    /** A page of the feedback of the municipality that has no answer yet, soonest response date first; staff only. */
    @ReadOnly
    public List<FeedbackReading> awaitingAnswer(MunicipalityNumber municipality, UUID eventId, String unit, int page,
                                                SignedInPerson viewer) {
        if (viewer == null || !viewer.isStaffOf(municipality.value())) {
            throw Refusal.rule(Refusal.Kind.FORBIDDEN, "staff-only", "awaitingAnswer",
                "only the municipality's staff see which feedback awaits an answer");
        }
        var all = feedback.byResponseDate(municipality, eventId, unit);
        var answered = answers.answersTo(all.stream().map(Feedback::id).toList()).keySet();
        var waiting = all.stream().filter(one -> !answered.contains(one.id())).skip((long) (page - 1) * PAGE_SIZE)
            .limit(PAGE_SIZE).toList();
        return read(waiting, viewer);
    }

    /** The person's own feedback, newest first, with every answer to it. */
    @ReadOnly
    public List<FeedbackReading> mine(SignedInPerson person) {
        return read(feedback.byAuthor(person.subject()), person);
    }

    private List<FeedbackReading> read(List<Feedback> found, SignedInPerson viewer) {
        var ids = found.stream().map(Feedback::id).toList();
        var answered = answers.answersTo(ids);
        var hidden = hidings.hiddenReasons(ids);
        var turned = ideas.ideasMadeOf(ids);
        var titles = attendance.titles(found.stream().map(one -> one.subject().eventId()).filter(Objects::nonNull)
            .distinct().toList());
        return found.stream().map(one -> new FeedbackReading(one,
            one.subject().isEvent() ? titles.get(one.subject().eventId()) : null,
            answered.get(one.id()), hidden.get(one.id()), turned.get(one.id()),
            one.editableUntil(settings.editableFor()), viewer)).toList();
    }
}
