package no.samskap.contract.persons;

import java.time.Instant;

/**
 * {@code person-erased} v1: the person erased their account. Every deployable deletes what it holds about them and
 * gives what stays public (ideas, comments, feedback, events) a former participant as author. Only the subject id,
 * a pseudonymous key, travels: never a name or an e-mail address.
 */
public record PersonErased(String subjectId, Instant erasedAt) {
}
