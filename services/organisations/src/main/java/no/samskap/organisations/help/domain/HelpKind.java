package no.samskap.organisations.help.domain;

import no.samskap.organisations.associations.domain.Refusal;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What is offered: hours of help, skills, a venue, equipment or know-how. */
public enum HelpKind {
    HOURS("hours"),
    SKILLS("skills"),
    VENUE("venue"),
    EQUIPMENT("equipment"),
    KNOW_HOW("know-how");

    private final String code;

    HelpKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static HelpKind fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
            .orElseThrow(() -> Refusal.invalid("kind", "must be one of "
                + Arrays.stream(values()).map(HelpKind::code).collect(Collectors.joining(", "))));
    }
}
