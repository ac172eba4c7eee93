package no.samskap.contract.events;

import java.time.Instant;

/** Staff (or a co-hosting association's admin) drafted an event; drafts are seen only by those who may edit. */
public record EventDrafted(String eventId, EventFacts facts, String draftedBy, Instant draftedAt) {
}
