package no.samskap.gateway.ideas.me;

/** A notification just stored for a person; {@code personId} picks the stream it goes to. */
record NewNotification(String personId, String id, String ideaId, String kind) {
}
