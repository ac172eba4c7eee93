package no.samskap.proposals.ideas.domain;

import java.util.Arrays;
import java.util.Optional;

/** Whether taking part would be free for everyone or paid by some; {@code code} is what travels and is stored. */
public enum CostModel {
    FREE_FOR_ALL("for-alle"),
    PAID_BY_SOME("for-noen");

    private final String code;

    CostModel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<CostModel> fromCode(String code) {
        return Arrays.stream(values()).filter(model -> model.code.equals(code)).findFirst();
    }
}
