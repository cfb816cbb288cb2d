package io.skillify.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.Skillify;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view: each bounded context is an application module whose internals others may not touch,
 * and the module diagram in {@code docs/architecture/modules} is written from the code on every build.
 */
class ModularityTests {

    static final Path DOCS = Path.of("..", "docs", "architecture", "modules");

    private final ApplicationModules modules = ApplicationModules.of(Skillify.class);

    @Test
    void contextsRespectEachOthersBoundaries() {
        modules.verify();
    }

    @Test
    void theContextsAreTheOnesWeDesigned() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("identity", "workspace", "shared");
    }

    @Test
    void reachingIntoAnotherContextsInternalsFails() {
        assertThatThrownBy(() -> fixture("archfixtures.modulith.bad").verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("Ledger")
                .hasMessageContaining("billing");
        fixture("archfixtures.modulith.good").verify();
    }

    /** Samples live in test sources, which Modulith skips by default. */
    private static ApplicationModules fixture(String root) {
        return ApplicationModules.of(root, location -> true);
    }

    @Test
    void writesTheModuleDiagram() throws Exception {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Files.list(DOCS).map(p -> p.getFileName().toString())).contains("components.puml");
    }
}
