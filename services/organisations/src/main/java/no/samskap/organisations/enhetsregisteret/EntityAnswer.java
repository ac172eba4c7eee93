package no.samskap.organisations.enhetsregisteret;

import com.fasterxml.jackson.databind.JsonNode;
import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.application.Register.RegisterUnavailable;
import no.samskap.organisations.associations.domain.RegisterFacts;
import no.samskap.organisations.associations.domain.RegisterStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static no.samskap.organisations.enhetsregisteret.JsonAnswer.date;
import static no.samskap.organisations.enhetsregisteret.JsonAnswer.text;
import static no.samskap.organisations.enhetsregisteret.JsonAnswer.unreadable;

/** An entity from {@code /enhetsregisteret/api/enheter/{orgnr}} as {@link RegisterFacts}. */
final class EntityAnswer {

    private static final String WHAT = "the entity";

    private EntityAnswer() {
    }

    /** A 200: the whole entity, or only name, form and {@code slettedato} for one deleted from the register. */
    static RegisterFacts found(byte[] body, OrganisationNumber asked, Instant checkedAt) {
        var entity = JsonAnswer.object(body, WHAT);
        var number = text(entity, "organisasjonsnummer");
        if (!asked.value().equals(number)) {
            throw unreadable("asked for " + asked + " but the answer is about " + number, null);
        }
        var name = text(entity, "navn");
        if (name == null) {
            throw unreadable(WHAT + " " + asked + " has no name", null);
        }
        var form = text(entity.path("organisasjonsform"), "kode");
        var deletedOn = date(entity, "slettedato", WHAT);
        if (deletedOn != null) {
            return RegisterFacts.deleted(name, form, deletedOn, checkedAt);
        }
        return new RegisterFacts(statusOf(entity), name, form, address(entity),
            entity.path("registrertIFrivillighetsregisteret").asBoolean(false), null, checkedAt);
    }

    /** A 410: the register removed the entity; its body may say what it was, or nothing readable at all. */
    static RegisterFacts removed(byte[] body, Instant checkedAt) {
        try {
            var entity = JsonAnswer.object(body, WHAT);
            return RegisterFacts.deleted(text(entity, "navn"), text(entity.path("organisasjonsform"), "kode"),
                date(entity, "slettedato", WHAT), checkedAt);
        } catch (RegisterUnavailable nothingReadable) {
            return RegisterFacts.deleted(null, null, null, checkedAt);
        }
    }

    private static RegisterStatus statusOf(JsonNode entity) {
        if (entity.path("konkurs").asBoolean(false)) {
            return RegisterStatus.BANKRUPT;
        }
        if (entity.path("underAvvikling").asBoolean(false)
            || entity.path("underTvangsavviklingEllerTvangsopplosning").asBoolean(false)) {
            return RegisterStatus.BEING_WOUND_UP;
        }
        return RegisterStatus.ACTIVE;
    }

    /** The business address, or the postal one, on one line: "Idrettsveien 12, 8006 BODØ". */
    static String address(JsonNode entity) {
        var address = entity.path("forretningsadresse").isObject()
            ? entity.path("forretningsadresse") : entity.path("postadresse");
        if (!address.isObject()) {
            return null;
        }
        var parts = new ArrayList<String>();
        StreamSupport.stream(address.path("adresse").spliterator(), false)
            .filter(JsonNode::isTextual).map(line -> line.asText().strip()).filter(line -> !line.isEmpty())
            .forEach(parts::add);
        var place = Stream.of(text(address, "postnummer"), text(address, "poststed"))
            .filter(Objects::nonNull).collect(Collectors.joining(" "));
        if (!place.isEmpty()) {
            parts.add(place);
        }
        var countryCode = text(address, "landkode");
        if (countryCode != null && !countryCode.equals("NO") && text(address, "land") != null) {
            parts.add(text(address, "land"));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
