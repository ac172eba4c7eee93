package no.samskap.gateway.home;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * A plain landing page until the web UI arrives (the gateway and web UI issue): says what Samskap is and
 * where the idea board's API is.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {

    private static final String PAGE = """
        <!doctype html>
        <html lang="nb">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Samskap</title>
          <link rel="stylesheet" href="/assets/samskap.css">
        </head>
        <body>
          <nav>
            <a href="/logg-inn" id="sign-in">Logg inn</a>
            <a href="/meg">Min side</a>
          </nav>
          <main>
            <h1>Samskap</h1>
            <p>Samskap er stedet der innbyggere, lag og foreninger og kommunen skaper kulturtilbudet sammen.</p>
            <ul>
              <li><a href="/api/ideas?municipality=1833">Ideer i Rana (JSON)</a></li>
              <li><a href="/api/ideas?municipality=4618">Idear i Ullensvang (JSON)</a></li>
            </ul>
          </main>
        </body>
        </html>
        """;

    @Get
    @Produces(MediaType.TEXT_HTML)
    String home() {
        return PAGE;
    }
}
