package no.samskap.proposals.ideas.domain;

import java.util.Arrays;
import java.util.Optional;

/** Who an idea is for; {@code code} is what travels and is stored. */
public enum TargetGroup {
    CHILDREN("barn", new ChoiceNames("Barn", "Born", "Children")),
    YOUTH("ungdom", new ChoiceNames("Ungdom", "Ungdom", "Youth")),
    ADULTS("voksne", new ChoiceNames("Voksne", "Vaksne", "Adults")),
    ELDERLY("eldre", new ChoiceNames("Eldre", "Eldre", "Elderly")),
    EVERYONE("alle", new ChoiceNames("Alle", "Alle", "Everyone"));

    private final String code;
    private final ChoiceNames names;

    TargetGroup(String code, ChoiceNames names) {
        this.code = code;
        this.names = names;
    }

    public String code() {
        return code;
    }

    public ChoiceNames names() {
        return names;
    }

    public static Optional<TargetGroup> fromCode(String code) {
        return Arrays.stream(values()).filter(group -> group.code.equals(code)).findFirst();
    }
}
