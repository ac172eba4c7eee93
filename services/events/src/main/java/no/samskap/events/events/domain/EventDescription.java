package no.samskap.events.events.domain;

import no.samskap.contract.events.AccessibilityFacts;
import no.samskap.contract.events.Audiences;
import no.samskap.contract.events.EventDurations;
import no.samskap.contract.events.HostingUnits;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * What organisers say about an event, checked as a whole: each rule names the field at fault. Co-hosts and ideas
 * are ids here; whether they may co-host or be realised is decided by the application, which knows them.
 * {@code accessibility} holds facts the organisers add to the venue's own (for example a sign-language interpreter).
 */
public record EventDescription(String title, String description, String hostingUnit, List<UUID> coHostIds,
                               List<UUID> ideaIds, VenueFacts venue, Instant startsAt, Instant endsAt,
                               String audience, List<String> targetGroups, Price price, Integer capacity,
                               List<String> accessibility) {

    static final int TITLE_MAX = 140;
    static final int DESCRIPTION_MAX = 5_000;
    static final Duration LONGEST = EventDurations.LONGEST;

    public EventDescription {
        title = FieldChecks.requiredText("title", title, TITLE_MAX);
        description = description == null ? "" : description.strip();
        if (description.length() > DESCRIPTION_MAX) {
            throw Refusal.invalid("description", "must be at most " + DESCRIPTION_MAX + " characters");
        }
        if (hostingUnit == null || !HostingUnits.ALL.contains(hostingUnit)) {
            throw Refusal.invalid("hostingUnit", "must be one of " + String.join(", ", HostingUnits.ALL));
        }
        coHostIds = distinct(coHostIds);
        ideaIds = distinct(ideaIds);
        FieldChecks.timeSpan(startsAt, endsAt, LONGEST, "an event");
        if (audience == null || !Audiences.ALL.contains(audience)) {
            throw Refusal.invalid("audience", "must be one of " + String.join(", ", Audiences.ALL));
        }
        targetGroups = targetGroups == null ? List.of() : List.copyOf(new LinkedHashSet<>(targetGroups));
        if (targetGroups.size() > 10 || targetGroups.stream().anyMatch(group -> group == null || group.isBlank()
            || group.length() > 60)) {
            throw Refusal.invalid("targetGroups", "give at most 10 target groups of at most 60 characters each");
        }
        price = price == null ? Price.FREE : price;
        if (capacity != null && (capacity < 1 || capacity > 100_000)) {
            throw Refusal.invalid("capacity", "must be from 1 to 100000; leave it out when unlimited");
        }
        accessibility = accessibility == null ? List.of() : List.copyOf(new LinkedHashSet<>(accessibility));
        if (!AccessibilityFacts.ALL.containsAll(accessibility)) {
            throw Refusal.invalid("accessibility", "must be among " + String.join(", ", AccessibilityFacts.ALL));
        }
    }

    /** The venue's facts and the organisers' own, without repeats. */
    public List<String> allAccessibility() {
        var all = new LinkedHashSet<String>();
        if (venue != null) {
            all.addAll(venue.accessibility());
        }
        all.addAll(accessibility);
        return List.copyOf(all);
    }

    public boolean isUnlimited() {
        return capacity == null;
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    }
}
