package no.samskap.gateway.shell.staff;

import no.samskap.gateway.shell.web.Texts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a section needs to draw its items: who looks, in which language, the CSRF token every form carries, today in
 * Norway (the day response dates are counted in), and a refusal being shown, if any.
 */
public record InboxView(StaffMember member, Texts texts, String csrfToken, LocalDate today,
                        Optional<InboxRefusal> refusal) {

    /** The refusal being shown if it is of the module's own {@code type}; another module's is none of its business. */
    public <R extends InboxRefusal> Optional<R> refusal(Class<R> type) {
        return refusal.filter(type::isInstance).map(type::cast);
    }
}
