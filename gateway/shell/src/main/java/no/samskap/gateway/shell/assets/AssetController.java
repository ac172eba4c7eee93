package no.samskap.gateway.shell.assets;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Serves {@code public/assets/}: under a fingerprinted name for a year, since that address never changes its content;
 * under the plain name (from pages rendered before fingerprints, or typed by hand) for five minutes.
 */
@Controller("/assets")
@Secured(SecurityRule.IS_ANONYMOUS)
final class AssetController {

    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
    static final String FOR_FIVE_MINUTES = "public, max-age=300";

    private final Assets assets;

    AssetController(Assets assets) {
        this.assets = assets;
    }

    @Get("/{file}")
    HttpResponse<byte[]> file(String file) {
        return assets.findFingerprinted(file).map(asset -> serve(asset, FOR_A_YEAR))
            .or(() -> assets.find(file).map(asset -> serve(asset, FOR_FIVE_MINUTES)))
            .orElseGet(HttpResponse::notFound);
    }

    private static HttpResponse<byte[]> serve(Asset asset, String cacheControl) {
        var type = MediaType.forExtension(asset.extension()).orElse(MediaType.APPLICATION_OCTET_STREAM_TYPE);
        return HttpResponse.ok(asset.content()).contentType(type).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}
