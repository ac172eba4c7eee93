package no.samskap.platform.outbox;

record ClaimedMessage(long seq, String topic, String key, String envelope, String requestId) {
}
