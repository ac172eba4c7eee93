package no.samskap.gateway.shell.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * One module's JTE templates, compiled to Java at build time by {@code jte-maven-plugin} into the module's own package
 * (ADR 0029), so nothing is compiled while the gateway runs. Templates are HTML: every value is escaped unless it is
 * a {@link gg.jte.Content} such as a text from {@link TemplateTexts}.
 */
public final class Templates {

    private static final Templates SHELL = new Templates("gg.jte.generated.precompiled.shell", Templates.class);

    private final TemplateEngine engine;

    /** {@code packageName} is the plugin's {@code packageName}; {@code owner} a class of the module that holds them. */
    public Templates(String packageName, Class<?> owner) {
        this.engine = TemplateEngine.createPrecompiled(null, ContentType.Html, owner.getClassLoader(), packageName);
    }

    static Templates shell() {
        return SHELL;
    }

    /** Renders the template {@code name} (such as {@code "home.jte"}) whose single parameter is {@code model}. */
    public String render(String name, Object model) {
        var output = new StringOutput();
        engine.render(name, model, output);
        return output.toString();
    }
}
