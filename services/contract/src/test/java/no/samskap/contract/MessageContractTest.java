package no.samskap.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.samskap.contract.proposals.CommentAdded;
import no.samskap.contract.proposals.HidingCause;
import no.samskap.contract.proposals.IdeaHidden;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageContractTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    static List<MessageType<?>> everyMessageType() {
        return MessageCatalogue.all();
    }

    @ParameterizedTest
    @MethodSource("everyMessageType")
    void everyTypeRoundTripsItsGoldenSampleUnchanged(MessageType<?> type) throws Exception {
        var golden = GoldenSamples.of(type);

        var envelope = EnvelopeCodec.fromJson(golden);
        var payload = EnvelopeCodec.payload(envelope, type);
        var rewritten = EnvelopeCodec.toJson(EnvelopeCodec.wrap(cast(type), payload, envelope.id(),
            envelope.occurredAt(), envelope.municipality(), envelope.aggregateId()));

        assertEquals(PLAIN.readTree(golden), PLAIN.readTree(rewritten));
    }

    @ParameterizedTest
    @MethodSource("everyMessageType")
    void everyTypeHasAStableWireNameThatIsNoJavaClassName(MessageType<?> type) {
        assertTrue(type.name().matches("[a-z]+(-[a-z]+)+"), type.name());
        assertFalse(type.name().contains(type.payloadType().getSimpleName()));
        assertTrue(type.topic().matches("samskap\\.[a-z]+\\.[a-z-]+"), type.topic());
    }

    @Test
    void noTwoTypesShareANameAndVersion() {
        var seen = new HashSet<String>();
        MessageCatalogue.all().forEach(type -> assertTrue(seen.add(type.name() + "@" + type.version())));
    }

    @Test
    void readsTheGoldenIdeaSubmittedIntoItsRecord() {
        var envelope = EnvelopeCodec.fromJson(GoldenSamples.of(ProposalsMessages.IDEA_SUBMITTED));
        var idea = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_SUBMITTED);

        assertEquals("1833", envelope.municipality());
        assertEquals("eSport-rom i det nye kulturhuset", idea.title());
        assertTrue(idea.body().contains("\nÅpent på kveldstid"));
        assertEquals(Instant.parse("2026-11-27T10:15:30.123Z"), idea.submittedAt());
        assertNull(idea.originFeedbackId(), "a resident's own idea comes from no feedback");
    }

    @Test
    void aChangedResponseDateTravelsWithTheDateBeforeAndAfterAsDaysAndTheReason() {
        var envelope = EnvelopeCodec.fromJson(GoldenSamples.of(ProposalsMessages.RESPONSE_DATE_CHANGED));
        var changed = EnvelopeCodec.payload(envelope, ProposalsMessages.RESPONSE_DATE_CHANGED);

        assertEquals("samskap.proposals.idea", ProposalsMessages.RESPONSE_DATE_CHANGED.topic());
        assertEquals(envelope.aggregateId(), changed.ideaId());
        assertEquals(LocalDate.of(2027, 1, 15), changed.previousRespondBy());
        assertEquals(LocalDate.of(2027, 2, 12), changed.respondBy());
        assertEquals("Vi venter på svar fra fylkeskommunen om tilskudd.", changed.reason());
        assertEquals(envelope.occurredAt(), changed.changedAt());
    }

    @Test
    void ignoresFieldsAddedByANewerProducer() {
        var withExtras = GoldenSamples.of(ProposalsMessages.IDEA_SUBMITTED)
            .replace("\"type\" :", "\"traceId\" : \"abc\", \"type\" :")
            .replace("\"serviceArea\" :", "\"placeName\" : \"Mo i Rana\", \"serviceArea\" :");

        var envelope = EnvelopeCodec.fromJson(withExtras);

        assertEquals("digital", EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_SUBMITTED).serviceArea());
    }

    @Test
    void aTopLevelCommentTravelsWithANullParentAndAnAnswerNamesItsParent() {
        var topLevel = new CommentAdded("i", "c", null, "a", false, "Fint!", Instant.EPOCH);
        var written = EnvelopeCodec.toJson(EnvelopeCodec.wrap(ProposalsMessages.COMMENT_ADDED, topLevel, UUID.randomUUID(),
            Instant.EPOCH, "1833", "i"));

        assertTrue(written.contains("\"parentId\":null"), written);
        assertNull(EnvelopeCodec.payload(EnvelopeCodec.fromJson(written), ProposalsMessages.COMMENT_ADDED).parentId());
        var answer = EnvelopeCodec.payload(EnvelopeCodec.fromJson(GoldenSamples.of(ProposalsMessages.COMMENT_ADDED)),
            ProposalsMessages.COMMENT_ADDED);
        assertEquals("3c8d2e1f-9a7b-4c6d-8e5f-1a2b3c4d5e6f", answer.parentId());
        assertTrue(answer.official());
    }

    @Test
    void aHidingOrRestoringWrittenBeforeItsCauseExistedReadsAsModeration() {
        var older = GoldenSamples.of(ProposalsMessages.IDEA_HIDDEN).replace(",\n    \"cause\": \"moderation\"", "");
        var olderComment = GoldenSamples.of(ProposalsMessages.COMMENT_RESTORED)
            .replace(",\n    \"cause\": \"moderation\"", "");

        var hidden = EnvelopeCodec.payload(EnvelopeCodec.fromJson(older), ProposalsMessages.IDEA_HIDDEN);
        var restored = EnvelopeCodec.payload(EnvelopeCodec.fromJson(olderComment), ProposalsMessages.COMMENT_RESTORED);

        assertFalse(older.contains("cause"));
        assertNull(hidden.cause());
        assertFalse(HidingCause.isAuthorBlocked(hidden.cause()));
        assertFalse(HidingCause.isAuthorBlocked(restored.cause()));
        assertEquals("Hidden pending review after 3 reports.", hidden.reason());
    }

    @Test
    void aRealisationLinksTheEventThatRealisedTheIdeaAndOneWrittenBeforeReadsWithout() {
        var golden = EnvelopeCodec.payload(EnvelopeCodec.fromJson(GoldenSamples.of(ProposalsMessages.IDEA_REALISED)),
            ProposalsMessages.IDEA_REALISED);
        var older = GoldenSamples.of(ProposalsMessages.IDEA_REALISED)
            .replace(",\n    \"eventId\": \"9c1e5d7a-0f3b-4c2e-8a6d-1b2c3d4e5f60\"", "");

        var realised = EnvelopeCodec.payload(EnvelopeCodec.fromJson(older), ProposalsMessages.IDEA_REALISED);

        assertEquals("9c1e5d7a-0f3b-4c2e-8a6d-1b2c3d4e5f60", golden.eventId());
        assertFalse(older.contains("eventId"));
        assertNull(realised.eventId());
        assertEquals("9c1e5d7a-0f3b-4c2e-8a6d-1b2c3d4e5f60", realised.culturalEventId());
    }

    @Test
    void aRestoringCarriesTheModeratorsReasonAndOneWrittenBeforeReasonsTravelledReadsWithout() {
        var golden = EnvelopeCodec.payload(EnvelopeCodec.fromJson(GoldenSamples.of(ProposalsMessages.IDEA_RESTORED)),
            ProposalsMessages.IDEA_RESTORED);
        var older = GoldenSamples.of(ProposalsMessages.COMMENT_RESTORED)
            .replace(",\n    \"reason\": \"Gjennomgått: innlegget bryter ikke retningslinjene.\"", "");

        var restored = EnvelopeCodec.payload(EnvelopeCodec.fromJson(older), ProposalsMessages.COMMENT_RESTORED);

        assertEquals("Gjennomgått: innlegget bryter ikke retningslinjene.", golden.reason());
        assertFalse(older.contains("reason"));
        assertNull(restored.reason());
        assertEquals("rana-staff", restored.restoredBy());
    }

    @Test
    void aHidingCausedByABlockTravelsWithItsCause() {
        var hidden = new IdeaHidden("i", "Hidden while its author may not take part.", "rana-admin", Instant.EPOCH,
            HidingCause.AUTHOR_BLOCKED);
        var written = EnvelopeCodec.toJson(EnvelopeCodec.wrap(ProposalsMessages.IDEA_HIDDEN, hidden, UUID.randomUUID(),
            Instant.EPOCH, "1833", "i"));

        var read = EnvelopeCodec.payload(EnvelopeCodec.fromJson(written), ProposalsMessages.IDEA_HIDDEN);

        assertTrue(written.contains("\"cause\":\"author-blocked\""), written);
        assertTrue(HidingCause.isAuthorBlocked(read.cause()));
        assertEquals(HidingCause.MODERATION, new IdeaHidden("i", "r", "s", Instant.EPOCH).cause());
    }

    @Test
    void aCommentsAppealTravelsOnTheIdeasTopicWithoutTheAuthorsWordsAndItsDecisionWithTheReason() {
        var appealed = EnvelopeCodec.payload(EnvelopeCodec.fromJson(GoldenSamples.of(ProposalsMessages.COMMENT_APPEALED)),
            ProposalsMessages.COMMENT_APPEALED);
        var decided = EnvelopeCodec.payload(
            EnvelopeCodec.fromJson(GoldenSamples.of(ProposalsMessages.COMMENT_APPEAL_DECIDED)),
            ProposalsMessages.COMMENT_APPEAL_DECIDED);

        assertEquals(ProposalsMessages.IDEA.topic(), ProposalsMessages.COMMENT_APPEALED.topic());
        assertEquals(ProposalsMessages.IDEA.topic(), ProposalsMessages.COMMENT_APPEAL_DECIDED.topic());
        assertEquals(appealed.commentId(), decided.commentId());
        assertFalse(GoldenSamples.of(ProposalsMessages.COMMENT_APPEALED).contains("\"text\""));
        assertTrue(decided.upheld());
        assertEquals("Kommentaren bryt ingen reglar.", decided.reason());
    }

    @Test
    void refusesToReadAPayloadAsAnotherTypeOrVersion() {
        var envelope = EnvelopeCodec.wrap(ProposalsMessages.IDEA_SUBMITTED,
            new IdeaSubmitted("i", "a", "t", "b", "kino", Instant.EPOCH), UUID.randomUUID(), Instant.EPOCH, "4618", "i");
        var version2 = new MessageType<>("idea-submitted", 2, ProposalsMessages.IDEA, IdeaSubmitted.class);

        assertThrows(UnreadableMessageException.class, () -> EnvelopeCodec.payload(envelope, version2));
    }

    @Test
    void refusesBytesThatAreNoEnvelope() {
        assertThrows(UnreadableMessageException.class, () -> EnvelopeCodec.fromJson("{\"type\":\"idea-submitted\"}"));
        assertThrows(UnreadableMessageException.class, () -> EnvelopeCodec.fromJson("not json"));
        assertThrows(UnreadableMessageException.class, () -> EnvelopeCodec.fromJson(
            GoldenSamples.of(ProposalsMessages.IDEA_SUBMITTED).replace("\"1833\"", "\"18330\"")));
    }

    @SuppressWarnings("unchecked")
    private static <P> MessageType<P> cast(MessageType<?> type) {
        return (MessageType<P>) type;
    }
}
