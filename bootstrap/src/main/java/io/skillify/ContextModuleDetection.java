package io.skillify;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.ApplicationModuleInformation;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.core.NamedInterfaces;

/**
 * Spring Modulith's view of our packages: each direct sub-package of {@code io.skillify} is a bounded context
 * (application module), whichever jar its classes are in. What a context offers others is named by package, so no
 * ring needs a Modulith annotation: its {@code domain} (and sub-packages), its {@code application.port.in}, the
 * node-type helpers of {@code application.nodetype.spi}, the expression language of {@code application.expression}
 * and any
 * {@code api} package. {@code shared} is the small kernel everyone may use whole.
 */
public class ContextModuleDetection implements ApplicationModuleDetectionStrategy {

    static final String SHARED_KERNEL = "shared";

    /** The packages of a context that other contexts may use (DEVELOPERS.md lists the same). */
    public static final List<String> EXPOSED_PACKAGES =
            List.of("domain", "application.port.in", "application.nodetype.spi", "application.expression", "api");

    @Override
    public Stream<JavaPackage> getModuleBasePackages(JavaPackage rootPackage) {
        return rootPackage.getDirectSubPackages().stream();
    }

    @Override
    public NamedInterfaces detectNamedInterfaces(JavaPackage basePackage, ApplicationModuleInformation information) {
        if (basePackage.getLocalName().equals(SHARED_KERNEL)) {
            return NamedInterfaces.forOpen(basePackage);
        }
        return NamedInterfaces.builder(basePackage)
                .recursive()
                .matching(EXPOSED_PACKAGES.toArray(String[]::new))
                .build();
    }
}
