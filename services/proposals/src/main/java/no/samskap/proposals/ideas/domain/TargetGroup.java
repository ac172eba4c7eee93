package no.samskap.proposals.ideas.domain;

import java.util.Arrays;
import java.util.Optional;

/** Who an idea is for; {@code code} is what travels and is stored. */
public enum TargetGroup {
    CHILDREN("barn"),
    YOUTH("ungdom"),
    ADULTS("voksne"),
    ELDERLY("eldre"),
    EVERYONE("alle");

    private final String code;

    TargetGroup(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<TargetGroup> fromCode(String code) {
        return Arrays.stream(values()).filter(group -> group.code.equals(code)).findFirst();
    }
}
