package no.samskap.gateway.shell.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    void escapesEveryCharacterThatCouldEndTextOrAnAttribute() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
            Html.escape("<a href=\"x\" title='y'>&</a>"));
    }

    @Test
    void leavesNorwegianLettersAndOrdinaryTextAlone() {
        assertEquals("Torbjørn Lofthus, Æsøy – Årdal", Html.escape("Torbjørn Lofthus, Æsøy – Årdal"));
    }

    @Test
    void keepsEveryKindOfLineBreakAsALineBreak() {
        assertEquals("én<br>\nto<br>\ntre<br>\nfire", Html.escapeWithLineBreaks("én\r\nto\ntre\rfire"));
    }
}
