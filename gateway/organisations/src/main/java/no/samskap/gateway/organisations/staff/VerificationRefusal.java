package no.samskap.gateway.organisations.staff;

import no.samskap.gateway.organisations.pages.ErrorSummary;
import no.samskap.gateway.organisations.pages.Refusal;
import no.samskap.gateway.shell.staff.InboxRefusal;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The service refused to verify {@code association}: summed up at the top, linked to that association's button. */
record VerificationRefusal(UUID association, Refusal refusal) implements InboxRefusal {

    String message(Texts texts) {
        return refusal.general(texts, List.of()).orElseGet(() -> texts.text("org.problem.refused"));
    }

    @Override
    public String summary(Texts texts) {
        return ErrorSummary.render(texts, Map.of("verify-" + association, message(texts)), Optional.empty());
    }
}
