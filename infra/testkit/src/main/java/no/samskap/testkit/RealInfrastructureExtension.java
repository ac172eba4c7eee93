package no.samskap.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Hands each test class its own {@link TestInfrastructure} on the servers shared by the whole test JVM. */
public final class RealInfrastructureExtension implements ParameterResolver, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(RealInfrastructureExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestInfrastructure.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return forClass(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        var infrastructure = context.getStore(NAMESPACE).remove(context.getRequiredTestClass(), TestInfrastructure.class);
        if (infrastructure != null) {
            infrastructure.release();
        }
    }

    static TestInfrastructure forClass(ExtensionContext context) {
        var testClass = context.getRequiredTestClass();
        return classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent(testClass,
            key -> new TestInfrastructure(SharedServers.get(), testClass.getSimpleName()), TestInfrastructure.class);
    }

    /** The test class's own context, whose store lasts as long as the class runs. */
    static ExtensionContext classContext(ExtensionContext context) {
        var classContext = context;
        while (classContext.getParent().isPresent() && classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext;
    }
}
