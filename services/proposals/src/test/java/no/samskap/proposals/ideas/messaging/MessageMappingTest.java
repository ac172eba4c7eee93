package no.samskap.proposals.ideas.messaging;

import no.samskap.contract.AggregateType;
import no.samskap.contract.MessageType;
import no.samskap.contract.proposals.CommentHidden;
import no.samskap.contract.proposals.IdeaRejected;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.OutgoingMessage;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.CommentEvent;
import no.samskap.proposals.ideas.domain.CommentId;
import no.samskap.proposals.ideas.domain.IdeaEvent;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.IdeaStatus;
import no.samskap.proposals.ideas.domain.Municipality;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MessageMappingTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Municipality RANA = new Municipality("1833");
    private static final MessageType<String> NOTED =
        new MessageType<>("thing-noted", 1, new AggregateType("proposals", "thing"), String.class);

    sealed interface Happening {
        record Noted(String what) implements Happening {
        }

        record Forgotten(String what) implements Happening {
        }

        sealed interface Moved extends Happening {
            record MovedUp(String what) implements Moved {
            }

            record MovedDown(String what) implements Moved {
            }
        }
    }

    interface Open {
    }

    @Test
    void turnsEachKindOfDomainEventIntoItsOwnMessage() {
        var mapping = complete().build();

        assertEquals("noted a", mapping.toMessage(new Happening.Noted("a")).payload());
        assertEquals("down b", mapping.toMessage(new Happening.Moved.MovedDown("b")).payload());
    }

    @Test
    void refusesToBuildWhenARecordOfTheSealedInterfaceHasNoMessage() {
        var incomplete = MessageMapping.of(Happening.class)
            .on(Happening.Noted.class, noted -> message("noted"))
            .on(Happening.Moved.MovedUp.class, up -> message("up"));

        var refusal = assertThrows(IllegalStateException.class, incomplete::build);
        assertEquals("Happening has no message for [Forgotten, MovedDown].", refusal.getMessage());
    }

    @Test
    void refusesASecondFunctionForTheSameRecord() {
        var builder = MessageMapping.of(Happening.class).on(Happening.Noted.class, noted -> message("first"));

        assertThrows(IllegalStateException.class, () -> builder.on(Happening.Noted.class, noted -> message("second")));
    }

    @Test
    void refusesAnInterfaceThatIsNotSealedSinceItsRecordsCannotBeCounted() {
        assertThrows(IllegalArgumentException.class, () -> MessageMapping.of(Open.class));
    }

    @Test
    void everyIdeaEventHasAMessageAndARejectionBecomesIdeaRejected() {
        var ideaId = IdeaId.random();
        var rejected = new IdeaEvent.IdeaRejected(UUID.randomUUID(), NOW, ideaId, RANA, new Actor("kari"), "Reklame.");

        var message = OutboxIdeaMessages.toMessage(rejected);

        assertEquals(ProposalsMessages.IDEA_REJECTED, message.type());
        assertEquals(rejected.eventId(), message.id());
        assertEquals(ideaId.toString(), message.aggregateId());
        assertEquals(new IdeaRejected(ideaId.toString(), "kari", "Reklame.", NOW), message.payload());
    }

    @Test
    void everyCommentEventHasAMessageAndAHiddenCommentTravelsKeyedByItsIdea() {
        var ideaId = IdeaId.random();
        var commentId = CommentId.random();
        var hidden = new CommentEvent.CommentHidden(UUID.randomUUID(), NOW, ideaId, RANA, commentId, new Actor("kari"),
            "Personangrep.");

        var message = OutboxCommentMessages.toMessage(hidden);

        assertEquals(ProposalsMessages.COMMENT_HIDDEN, message.type());
        assertEquals(ideaId.toString(), message.aggregateId());
        assertEquals(new CommentHidden(ideaId.toString(), commentId.toString(), "Personangrep.", "kari", NOW),
            message.payload());
    }

    private static MessageMapping.Builder<Happening> complete() {
        return MessageMapping.of(Happening.class)
            .on(Happening.Noted.class, noted -> message("noted " + noted.what()))
            .on(Happening.Forgotten.class, forgotten -> message("forgot " + forgotten.what()))
            .on(Happening.Moved.MovedUp.class, up -> message("up " + up.what()))
            .on(Happening.Moved.MovedDown.class, down -> message("down " + down.what()));
    }

    private static OutgoingMessage<String> message(String payload) {
        return new OutgoingMessage<>(NOTED, UUID.randomUUID(), NOW, "1833", "thing", payload);
    }
}
