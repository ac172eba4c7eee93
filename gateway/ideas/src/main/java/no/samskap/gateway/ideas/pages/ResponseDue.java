package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.ideas.readmodel.IdeaSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** Where an idea's committed response date stands on a given day in Norway. */
final class ResponseDue {

    private static final Set<String> ANSWERED = Set.of("accepted", "not-possible", "already-exists", "realised");

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private ResponseDue() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(NORWAY));
    }

    /** The date that passed without an answer, while the idea is still under assessment after it. */
    static Optional<LocalDate> missed(IdeaSummary idea, LocalDate today) {
        return "under-assessment".equals(idea.status()) && idea.respondBy() != null && idea.respondBy().isBefore(today)
            ? Optional.of(idea.respondBy()) : Optional.empty();
    }

    static boolean answered(IdeaSummary idea) {
        return ANSWERED.contains(idea.status());
    }
}
