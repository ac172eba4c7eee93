package no.samskap.events.calendar.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;

/** Where residents read events: the gateway's address, to which each calendar entry links. */
@ConfigurationProperties("samskap.events")
public record PublicSite(@Bindable(defaultValue = "http://127.0.0.1:8080") URI publicUrl) {

    URI eventPage(String eventId) {
        var base = publicUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/arrangementer/" + eventId);
    }
}
