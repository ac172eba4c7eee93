package no.samskap.feedback;

import io.micronaut.runtime.Micronaut;

public final class FeedbackApplication {

    private FeedbackApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(FeedbackApplication.class, args);
    }
}
