package no.samskap.gateway.shell.web;

/** Text made safe to place in HTML element content and in quoted attribute values. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Escaped, with each line break kept as {@code <br>}: for text people wrote in a textarea. A line break is CR LF,
     * LF or a lone CR, as browsers and old systems send them.
     */
    public static String escapeWithLineBreaks(String text) {
        return escape(text).replace("\r\n", "\n").replace('\r', '\n').replace("\n", "<br>\n");
    }
}
