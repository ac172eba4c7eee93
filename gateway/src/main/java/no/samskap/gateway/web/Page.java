package no.samskap.gateway.web;

/** The frame around every server-rendered page: bokmål, the shared stylesheet, no inline script or style. */
public final class Page {

    private static final String FRAME = """
        <!doctype html>
        <html lang="nb">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%s</title>
          <link rel="stylesheet" href="/assets/samskap.css">
        </head>
        <body>
          <main>
        %s
          </main>
        </body>
        </html>
        """;

    private Page() {
    }

    /** {@code title} is escaped here; {@code main} must already be safe HTML. */
    public static String render(String title, String main) {
        return FRAME.formatted(Html.escape(title), main.indent(4).stripTrailing());
    }
}
