package no.samskap.gateway.accessibility;

import no.samskap.contract.feedback.FeedbackAnswered;
import no.samskap.contract.feedback.FeedbackGiven;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.contract.municipalities.Names;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feedback for the feedback pages: the municipality's units, an answered and an unanswered piece on the library, and
 * what the feedback service answers live (the attendee may give feedback on the sample event, their own feedback, the
 * moderation queue, a piece of their own they may still change, one of theirs a moderator hid, the municipality's
 * feedback settings), on the stand-in that also answers as the events service.
 */
final class SampleFeedback {

    static final String ANSWERED = UUID.nameUUIDFromBytes("sample-feedback".getBytes(StandardCharsets.UTF_8))
        .toString();
    static final String WAITING = UUID.nameUUIDFromBytes("sample-feedback-waiting".getBytes(StandardCharsets.UTF_8))
        .toString();

    /** Known only to the stand-in service, as the person's own piece they may still change. */
    static final String OWN = UUID.nameUUIDFromBytes("sample-feedback-own".getBytes(StandardCharsets.UTF_8))
        .toString();

    /** Known only to the stand-in service, as the person's own piece a moderator hid, which they may appeal. */
    static final String HIDDEN_OWN = UUID.nameUUIDFromBytes("sample-feedback-hidden-own".getBytes(
        StandardCharsets.UTF_8)).toString();

    private SampleFeedback() {
    }

    static Map<String, String> publish(TestInfrastructure infrastructure, StandInProposals service, String event) {
        try (var kafka = new MessagesOnKafka(infrastructure)) {
            kafka.send(MunicipalityMessages.MUNICIPALITY_DESCRIBED, UUID.randomUUID(), Instant.now(),
                SampleIdeas.MUNICIPALITY, SampleIdeas.MUNICIPALITY, new MunicipalityDescribed(SampleIdeas.MUNICIPALITY,
                    "Rana", List.of(new NamedChoice("bibliotek", new Names("Biblioteket", "Biblioteket", "The library")),
                    new NamedChoice("kino", new Names("Kinoen", "Kinoen", "The cinema"))), List.of(), List.of(),
                    Instant.now()));
            given(kafka, ANSWERED, 5, "Fine lesesaler og hyggelige bibliotekarer.");
            kafka.send(FeedbackMessages.FEEDBACK_ANSWERED, UUID.randomUUID(), Instant.now(), SampleIdeas.MUNICIPALITY,
                ANSWERED, new FeedbackAnswered(ANSWERED, true, "Takk! Vi utvider åpningstidene fra mars.", true,
                    Instant.now()));
            given(kafka, WAITING, 2, "Savner lørdagsåpent.");
        }
        service.answer("GET", "/events/" + event + "/feedback-eligibility", Answer.json(200,
            "{\"eventId\":\"" + event + "\",\"eligible\":true,\"reason\":null,\"feedbackId\":null}"));
        var view = """
            {"id":"%s","municipality":"1833","unit":"bibliotek","rating":2,"text":"Savner lørdagsåpent.",
             "wishNext":"Lørdagsåpent","anonymous":false,"ideaConsent":true,"status":"visible","mine":false,
             "answer":null,"author":{"id":"rana-resident","name":"Ola Nordmann"},"reports":1}""".formatted(WAITING);
        service.answer("GET", "/feedback/" + WAITING, Answer.json(200, view));
        service.answer("GET", "/moderation/feedback", Answer.json(200, "[" + view + "]"));
        service.answer("GET", "/me/feedback", Answer.json(200, "[" + view.replace("\"mine\":false", "\"mine\":true")
            + "]"));
        service.answer("GET", "/feedback/" + OWN, Answer.json(200, """
            {"id":"%s","municipality":"1833","unit":"kino","rating":3,"text":"Lyden var for lav.",
             "wishNext":null,"anonymous":false,"ideaConsent":false,"status":"visible","mine":true,
             "editableUntil":"%s","answer":null}""".formatted(OWN, Instant.now().plus(Duration.ofDays(10)))));
        service.answer("GET", "/feedback/" + HIDDEN_OWN, Answer.json(200, """
            {"id":"%s","municipality":"1833","unit":"kino","rating":1,"text":"Gå heller på kinoen i nabobyen.",
             "wishNext":null,"anonymous":false,"ideaConsent":false,"status":"hidden","hiddenReason":"Reklame",
             "mine":true,"answer":null}""".formatted(HIDDEN_OWN)));
        service.answer("GET", "/municipalities/" + SampleIdeas.MUNICIPALITY + "/feedback-settings", Answer.json(200,
            "{\"municipality\":\"" + SampleIdeas.MUNICIPALITY + "\",\"reportThreshold\":3}"));
        return Map.of("feedback", ANSWERED, "waitingFeedback", WAITING, "ownFeedback", OWN,
            "hiddenOwnFeedback", HIDDEN_OWN);
    }

    private static void given(MessagesOnKafka kafka, String id, int rating, String text) {
        kafka.send(FeedbackMessages.FEEDBACK_GIVEN, UUID.randomUUID(), Instant.now(), SampleIdeas.MUNICIPALITY, id,
            new FeedbackGiven(id, SampleIdeas.MUNICIPALITY, null, "bibliotek", rating, text, "Flere lesestunder", false,
                LocalDate.now().plusDays(14), Instant.now()));
    }
}
