package no.samskap.proposals.ideas.domain;

import java.util.Arrays;
import java.util.Optional;

/** The parts of the culture offer an idea can be about; {@code code} is what travels and is stored. */
public enum ServiceArea {
    LIBRARY("bibliotek"),
    CULTURE_SCHOOL("kulturskole"),
    CINEMA("kino"),
    LEISURE_AND_YOUTH("fritid-ungdom"),
    CULTURE_HOUSE("kulturhus"),
    DIGITAL_AND_ESPORT("digital"),
    OTHER("annet");

    private final String code;

    ServiceArea(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ServiceArea> fromCode(String code) {
        return Arrays.stream(values()).filter(area -> area.code.equals(code)).findFirst();
    }
}
