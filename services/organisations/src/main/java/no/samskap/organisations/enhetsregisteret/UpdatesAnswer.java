package no.samskap.organisations.enhetsregisteret;

import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.application.Register.RegisterUpdate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static no.samskap.organisations.enhetsregisteret.JsonAnswer.text;
import static no.samskap.organisations.enhetsregisteret.JsonAnswer.unreadable;

/**
 * A page of {@code /enhetsregisteret/api/oppdateringer/enheter}: HAL with {@code _embedded.oppdaterteEnheter[]}, and
 * no {@code _embedded} at all when there is nothing to report. Every number the register issues passes MOD11, so an
 * entry without a valid one is an answer we cannot read, not one to skip past.
 */
final class UpdatesAnswer {

    static final String UNKNOWN_CHANGE = "Ukjent";

    private UpdatesAnswer() {
    }

    static List<RegisterUpdate> updates(byte[] body) {
        var page = JsonAnswer.object(body, "the update page");
        if (page.path("_embedded").isMissingNode()) {
            return List.of();
        }
        var entries = page.path("_embedded").path("oppdaterteEnheter");
        if (!entries.isArray()) {
            throw unreadable("the update page has no list of oppdaterteEnheter", null);
        }
        var updates = new ArrayList<RegisterUpdate>();
        for (var entry : entries) {
            var id = entry.path("oppdateringsid");
            if (!id.canConvertToLong() || !id.isIntegralNumber()) {
                throw unreadable("an update has no oppdateringsid", null);
            }
            var number = OrganisationNumber.parse(text(entry, "organisasjonsnummer")).orElseThrow(
                () -> unreadable("update " + id.asLong() + " names no valid organisation number", null));
            var change = text(entry, "endringstype");
            updates.add(new RegisterUpdate(id.asLong(), number, change == null ? UNKNOWN_CHANGE : change));
        }
        updates.sort(Comparator.comparingLong(RegisterUpdate::updateId));
        return List.copyOf(updates);
    }
}
