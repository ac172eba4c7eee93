package no.samskap.gateway.accessibility;

import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.proposals.CommentAdded;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaAssessmentStarted;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.PetitionSent;
import no.samskap.contract.proposals.PetitionSignatureCountChanged;
import no.samskap.contract.proposals.PetitionStarted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.gateway.StandInIdentityProvider;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * A board worth looking at, told on Kafka as the proposals service tells it: ideas in several states, one with an
 * official answer, comments (one of them the municipality's) and supports. Fixed times, so screenshots repeat.
 */
final class SampleIdeas {

    static final String MUNICIPALITY = "1833";
    static final String ANSWERED_TITLE = "Konsert med lokale band i biblioteket";

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
    /** The signed-in resident's own idea, which only the proposals service (here a stand-in) shows them to edit. */
    static final String OWN = UUID.nameUUIDFromBytes("sample-idea-own".getBytes(StandardCharsets.UTF_8)).toString();

    private SampleIdeas() {
    }

    /** The placeholders {@link PageType} paths may use, and their values. */
    static Map<String, String> publish(TestInfrastructure infrastructure) {
        try (var kafka = new Sender(infrastructure)) {
            var answered = kafka.idea(ANSWERED_TITLE, "Mange unge band i Mo i Rana mangler et sted å spille.\n"
                + "Biblioteket har scene og lyd, og står tomt på fredagskvelder.", "bibliotek", 0);
            kafka.send(answered, ProposalsMessages.IDEA_ASSESSMENT_STARTED,
                new IdeaAssessmentStarted(answered, "staff", LocalDate.of(2026, 12, 15), AT.plusSeconds(3_600)));
            kafka.send(answered, ProposalsMessages.SUPPORT_GIVEN, new SupportGiven(answered, "resident-2", 1, AT.plusSeconds(4_000)));
            kafka.send(answered, ProposalsMessages.SUPPORT_GIVEN, new SupportGiven(answered, "resident-3", 2, AT.plusSeconds(4_100)));
            kafka.send(answered, ProposalsMessages.COMMENT_ADDED, new CommentAdded(answered, UUID.randomUUID().toString(),
                null, "resident-2", false, "Vi i Sjøgata Blues stiller gjerne opp først!", AT.plusSeconds(5_000)));
            kafka.send(answered, ProposalsMessages.COMMENT_ADDED, new CommentAdded(answered, UUID.randomUUID().toString(),
                null, "staff", true, "Takk! Vi ser på lyd og vakter, og svarer innen fristen.", AT.plusSeconds(6_000)));
            kafka.send(answered, ProposalsMessages.IDEA_ANSWERED, new IdeaAnswered(answered, "staff", "accepted",
                "Biblioteket åpner scenen for lokale band første fredag i måneden fra februar.", AT.plusSeconds(7_200)));

            var assessed = kafka.idea("eSport-rom i det nye kulturhuset", "Et rom for gaming og strømming, åpent for alle.",
                "kulturhus", 60);
            kafka.send(assessed, ProposalsMessages.IDEA_ASSESSMENT_STARTED,
                new IdeaAssessmentStarted(assessed, "staff", LocalDate.of(2027, 1, 20), AT.plusSeconds(7_300)));
            kafka.send(assessed, ProposalsMessages.PETITION_STARTED, new PetitionStarted(assessed, 300, AT.plusSeconds(7_400)));
            kafka.send(assessed, ProposalsMessages.PETITION_SIGNATURE_COUNT_CHANGED,
                new PetitionSignatureCountChanged(assessed, 57, 300, AT.plusSeconds(7_500)));
            var seniors = kafka.idea("Kinokveld for seniorer", "En fast formiddagsforestilling med kaffe, hver tirsdag.",
                "kino", 120);
            kafka.send(seniors, ProposalsMessages.PETITION_STARTED, new PetitionStarted(seniors, 300, AT.plusSeconds(7_600)));
            kafka.send(seniors, ProposalsMessages.PETITION_SENT, new PetitionSent(seniors, 304, 300, AT.plusSeconds(7_700),
                LocalDate.of(2027, 5, 2)));
            return Map.of("municipality", MUNICIPALITY, "answeredIdea", answered, "assessedIdea", assessed,
                "sentPetitionIdea", seniors);
        }
    }

    /** Answers as the proposals service answers the author of {@link #OWN}, for the edit page. */
    static Map<String, String> ownIdea(StandInProposals proposals) {
        proposals.answer("GET", "/ideas/" + OWN, StandInProposals.Answer.json(200, """
            {"id":"%s","municipality":"%s","authorId":"%s","title":"Leksehjelp på biblioteket",
             "body":"Frivillige studenter hjelper med lekser to ettermiddager i uka.","serviceArea":"bibliotek",
             "strategicValues":[],"targetGroups":["ungdom"],"costModel":"for-alle","place":"Rana bibliotek",
             "status":"published","supportedByYou":false,"followedByYou":true,"hidden":false,"hiddenReason":null}"""
            .formatted(OWN, MUNICIPALITY, StandInIdentityProvider.Person.ranaResident().subject())));
        return Map.of("ownIdea", OWN);
    }

    private static final class Sender implements AutoCloseable {

        private final KafkaProducer<String, byte[]> producer;
        private final String topic;

        Sender(TestInfrastructure infrastructure) {
            producer = infrastructure.producer();
            topic = infrastructure.topicPrefix() + ProposalsMessages.IDEA.topic();
        }

        String idea(String title, String body, String serviceArea, int minutesLater) {
            var id = UUID.randomUUID().toString();
            var at = AT.plusSeconds(minutesLater * 60L);
            send(id, ProposalsMessages.IDEA_SUBMITTED, new IdeaSubmitted(id, "resident", title, body, serviceArea, at));
            send(id, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, "samskap", at));
            return id;
        }

        <T> void send(String id, MessageType<T> type, T message) {
            Envelope envelope = EnvelopeCodec.wrap(type, message, UUID.randomUUID(), AT, MUNICIPALITY, id);
            try {
                producer.send(new ProducerRecord<>(topic, id, EnvelopeCodec.toBytes(envelope))).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Could not publish " + envelope.type(), e);
            }
        }

        @Override
        public void close() {
            producer.close();
        }
    }
}
