package no.samskap.gateway.shell.notifications;

/** An entry just stored for a person; {@code personId} picks the stream it goes to. */
record NewEntry(String personId, String id, String subjectType, String subjectId, String kind) {
}
