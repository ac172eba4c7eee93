package no.samskap.events;

import io.micronaut.runtime.Micronaut;

public final class EventsApplication {

    private EventsApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(EventsApplication.class, args);
    }
}
