package no.samskap.organisations.enhetsregisteret;

import com.fasterxml.jackson.databind.JsonNode;
import no.samskap.organisations.associations.application.Register.BoardRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static no.samskap.organisations.enhetsregisteret.JsonAnswer.text;
import static no.samskap.organisations.enhetsregisteret.JsonAnswer.unreadable;

/** The roles from {@code /enhetsregisteret/api/enheter/{orgnr}/roller}: {@code rollegrupper[].roller[]}. */
final class RolesAnswer {

    private RolesAnswer() {
    }

    static List<BoardRole> roles(byte[] body) {
        var answer = JsonAnswer.object(body, "the roles");
        var roles = new ArrayList<BoardRole>();
        for (var group : answer.path("rollegrupper")) {
            for (var role : group.path("roller")) {
                roles.add(role(role));
            }
        }
        return List.copyOf(roles);
    }

    private static BoardRole role(JsonNode role) {
        var code = text(role.path("type"), "kode");
        if (code == null) {
            throw unreadable("a role has no type", null);
        }
        var holder = role.path("person").isObject() ? personName(role.path("person").path("navn"))
            : organisationName(role.path("enhet").path("navn"));
        return new BoardRole(code, text(role.path("type"), "beskrivelse"), holder,
            role.path("fratraadt").asBoolean(false));
    }

    private static String personName(JsonNode name) {
        var full = Stream.of(text(name, "fornavn"), text(name, "mellomnavn"), text(name, "etternavn"))
            .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return full.isEmpty() ? null : full;
    }

    /** An organisation's name comes as a list of lines in the roles answer, as one text elsewhere. */
    private static String organisationName(JsonNode name) {
        var full = name.isArray()
            ? StreamSupport.stream(name.spliterator(), false).filter(JsonNode::isTextual)
                .map(line -> line.asText().strip()).filter(line -> !line.isEmpty()).collect(Collectors.joining(" "))
            : name.isTextual() ? name.asText().strip() : "";
        return full.isEmpty() ? null : full;
    }
}
