package no.samskap.proposals.ideas.domain;

import java.util.Arrays;
import java.util.Optional;

/** The parts of the culture offer an idea can be about; {@code code} is what travels and is stored. */
public enum ServiceArea {
    LIBRARY("bibliotek", new ChoiceNames("Bibliotek", "Bibliotek", "Library")),
    CULTURE_SCHOOL("kulturskole", new ChoiceNames("Kulturskole", "Kulturskule", "Culture school")),
    CINEMA("kino", new ChoiceNames("Kino", "Kino", "Cinema")),
    LEISURE_AND_YOUTH("fritid-ungdom", new ChoiceNames("Fritid og ungdom", "Fritid og ungdom", "Leisure and youth")),
    CULTURE_HOUSE("kulturhus", new ChoiceNames("Kulturhus", "Kulturhus", "Culture house")),
    DIGITAL_AND_ESPORT("digital", new ChoiceNames("Digitalt", "Digitalt", "Digital")),
    OTHER("annet", new ChoiceNames("Annet", "Anna", "Other"));

    private final String code;
    private final ChoiceNames names;

    ServiceArea(String code, ChoiceNames names) {
        this.code = code;
        this.names = names;
    }

    public String code() {
        return code;
    }

    public ChoiceNames names() {
        return names;
    }

    public static Optional<ServiceArea> fromCode(String code) {
        return Arrays.stream(values()).filter(area -> area.code.equals(code)).findFirst();
    }
}
