package no.samskap.events.ideas.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a copied idea stands: only the municipality's acceptance matters here. */
public enum IdeaStanding {
    SUBMITTED, ACCEPTED, ANSWERED_OTHERWISE, REALISED, WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<IdeaStanding> fromCode(String code) {
        return Arrays.stream(values()).filter(standing -> standing.code().equals(code)).findFirst();
    }
}
