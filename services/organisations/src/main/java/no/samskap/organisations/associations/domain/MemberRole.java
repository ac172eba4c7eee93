package no.samskap.organisations.associations.domain;

import java.util.Arrays;
import java.util.Optional;

/** An admin acts for the association; a member belongs to it. Every association right comes from this. */
public enum MemberRole {
    ADMIN("admin"),
    MEMBER("member");

    private final String code;

    MemberRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MemberRole> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
