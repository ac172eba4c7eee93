package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code notifications-read} v1: the person marked every notification of theirs up to and including {@code upTo} read. */
public record NotificationsRead(String personId, long upTo, Instant readAt) {
}
