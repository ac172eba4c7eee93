package no.samskap.gateway.feedback;

import no.samskap.contract.feedback.FeedbackAnswered;
import no.samskap.contract.feedback.FeedbackGiven;
import no.samskap.contract.feedback.FeedbackHidden;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.feedback.FeedbackTurnedIntoIdea;
import no.samskap.contract.feedback.FeedbackWithdrawn;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.contract.municipalities.Names;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.TestInfrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Publishes what the feedback service and the municipality's description would, keyed as they key them. */
final class FeedbackOnKafka implements AutoCloseable {

    private final MessagesOnKafka kafka;

    FeedbackOnKafka(TestInfrastructure infrastructure) {
        kafka = new MessagesOnKafka(infrastructure);
    }

    void units(String municipality) {
        kafka.send(MunicipalityMessages.MUNICIPALITY_DESCRIBED, UUID.randomUUID(), Instant.now(), municipality,
            municipality, new MunicipalityDescribed(municipality, "Rana", List.of(
                new NamedChoice("bibliotek", new Names("Biblioteket", "Biblioteket", "The library")),
                new NamedChoice("kino", new Names("Kinoen", "Kinoen", "The cinema"))), List.of(), List.of(),
                Instant.now()));
    }

    void givenOnUnit(String id, String municipality, String unit, int rating, String text, boolean anonymous) {
        given(new FeedbackGiven(id, municipality, null, unit, rating, text, "Flere lesestunder", anonymous,
            LocalDate.now().plusDays(14), Instant.now()));
    }

    void givenOnEvent(String id, String municipality, String event, int rating, String text) {
        given(new FeedbackGiven(id, municipality, event, null, rating, text, null, false,
            LocalDate.now().plusDays(14), Instant.now()));
    }

    void answered(String id, String municipality, boolean publicly, String text) {
        kafka.send(FeedbackMessages.FEEDBACK_ANSWERED, UUID.randomUUID(), Instant.now(), municipality, id,
            new FeedbackAnswered(id, publicly, publicly ? text : null, true, Instant.now()));
    }

    void hidden(String id, String municipality, String reason) {
        kafka.send(FeedbackMessages.FEEDBACK_HIDDEN, UUID.randomUUID(), Instant.now(), municipality, id,
            new FeedbackHidden(id, reason, "moderator", Instant.now()));
    }

    void withdrawn(String id, String municipality) {
        kafka.send(FeedbackMessages.FEEDBACK_WITHDRAWN, UUID.randomUUID(), Instant.now(), municipality, id,
            new FeedbackWithdrawn(id, Instant.now()));
    }

    void turnedIntoIdea(String id, String municipality, String idea, String title) {
        kafka.send(FeedbackMessages.FEEDBACK_TURNED_INTO_IDEA, UUID.randomUUID(), Instant.now(), municipality, id,
            new FeedbackTurnedIntoIdea(id, idea, municipality, title, "Fra en tilbakemelding.", "bibliotek", null,
                "rana-staff", Instant.now()));
    }

    private void given(FeedbackGiven given) {
        kafka.send(FeedbackMessages.FEEDBACK_GIVEN, UUID.randomUUID(), Instant.now(), given.municipality(),
            given.feedbackId(), given);
    }

    @Override
    public void close() {
        kafka.close();
    }
}
