package no.samskap.gateway.organisations.help;

import no.samskap.gateway.organisations.pages.ErrorSummary;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.shell.staff.InboxRefusal;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The service refused staff's answer to {@code offer}: summed up at the top, shown beside that offer's forms. */
record OfferDecisionRefusal(UUID offer, ServiceRefusal refusal, String typedReason) implements InboxRefusal {

    boolean aboutTheReason() {
        return refusal.errors().stream().anyMatch(error -> "reason".equals(error.field()));
    }

    String message(Texts texts) {
        return refusal.messageFor("reason", texts).or(() -> refusal.general(texts, List.of()))
            .orElseGet(() -> texts.text("vol.problem.refused"));
    }

    @Override
    public String summary(Texts texts) {
        var target = aboutTheReason() ? "reason-" + offer : "help-offers-to-answer";
        return ErrorSummary.render(texts, Map.of(target, message(texts)), Optional.empty());
    }
}
