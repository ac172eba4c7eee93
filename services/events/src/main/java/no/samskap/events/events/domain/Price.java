package no.samskap.events.events.domain;

/** Free ("for alle") when {@code nok} is null; otherwise an amount in whole kroner that the organisers collect. */
public record Price(Integer nok) {

    public static final Price FREE = new Price(null);

    public static Price of(Integer nok) {
        if (nok == null || nok == 0) {
            return FREE;
        }
        if (nok < 0 || nok > 100_000) {
            throw Refusal.invalid("priceNok", "must be a whole number of kroner from 0 to 100000; leave it out when free");
        }
        return new Price(nok);
    }

    public boolean isFree() {
        return nok == null;
    }
}
