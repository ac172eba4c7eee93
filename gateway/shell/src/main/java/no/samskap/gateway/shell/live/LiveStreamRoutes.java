package no.samskap.gateway.shell.live;

import io.micronaut.context.ExecutionHandleLocator;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.web.router.DefaultRouteBuilder;
import jakarta.inject.Singleton;

/** A GET route per live stream, all served by {@link LiveStreamEndpoint}. */
@Singleton
final class LiveStreamRoutes extends DefaultRouteBuilder {

    LiveStreamRoutes(ExecutionHandleLocator locator, UriNamingStrategy naming, ConversionService conversion,
                     LiveStreams streams) {
        super(locator, naming, conversion);
        streams.all().forEach(stream -> GET(stream.path(), LiveStreamEndpoint.class, "follow", HttpRequest.class)
            .produces(MediaType.TEXT_EVENT_STREAM_TYPE));
    }
}
