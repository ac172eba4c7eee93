package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.proposals.ideas.application.CommentThread;
import no.samskap.proposals.ideas.application.SeenComment;
import no.samskap.proposals.ideas.domain.CommentAppeal;

import java.time.Instant;
import java.util.List;

/**
 * A comment as the caller may see it. A hidden comment shown to the public keeps only its place in the thread:
 * {@code id}, {@code parentId}, {@code writtenAt} and {@code hidden: true}; its author and the municipality's staff
 * also see its words, {@code hiddenReason} and {@code appeal}: {@code pending}, {@code upheld} or {@code dismissed} once
 * its author appealed the hiding, null before. {@code authorId}, a Keycloak subject, is shown to signed-in callers
 * only; {@code byFormerParticipant} tells everyone that the author erased their account (ADR 0055).
 */
@Serdeable
public record CommentView(String id, String parentId, String authorId, Boolean official, String body, Instant writtenAt,
                          Instant editedAt, boolean hidden, String hiddenReason, boolean editableByYou,
                          boolean byFormerParticipant, @Nullable String appeal) {

    @Serdeable
    public record Thread(CommentView comment, List<CommentView> answers) {

        static Thread of(CommentThread thread) {
            return new Thread(CommentView.of(thread.comment()), thread.answers().stream().map(CommentView::of).toList());
        }

        Thread withoutSubjectIds() {
            return new Thread(comment.withoutSubjectId(), answers.stream().map(CommentView::withoutSubjectId).toList());
        }
    }

    /** Top-level comments oldest first, each with its answers oldest first. */
    @Serdeable
    public record Threads(List<Thread> threads) {

        Threads withoutSubjectIds() {
            return new Threads(threads.stream().map(Thread::withoutSubjectIds).toList());
        }
    }

    CommentView withoutSubjectId() {
        return new CommentView(id, parentId, null, official, body, writtenAt, editedAt, hidden, hiddenReason,
            editableByYou, byFormerParticipant, appeal);
    }

    static CommentView of(SeenComment seen) {
        var comment = seen.comment();
        var parentId = comment.parentId() == null ? null : comment.parentId().toString();
        if (!seen.readable()) {
            return new CommentView(comment.id().toString(), parentId, null, null, null, comment.writtenAt(), null, true,
                null, false, false, null);
        }
        return new CommentView(comment.id().toString(), parentId, comment.authorId(), comment.official(), comment.body(),
            comment.writtenAt(), comment.editedAt(), comment.isHidden(),
            comment.isHidden() ? comment.hiding().reason() : null, seen.editableByViewer(),
            FormerParticipant.is(comment.authorId()), appealState(seen.appeal()));
    }

    private static String appealState(CommentAppeal appeal) {
        if (appeal == null) {
            return null;
        }
        return !appeal.isDecided() ? "pending" : appeal.decision().upheld() ? "upheld" : "dismissed";
    }
}
