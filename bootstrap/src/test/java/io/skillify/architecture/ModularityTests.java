package io.skillify.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.ContextModuleDetection;
import io.skillify.Skillify;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

/**
 * Spring Modulith's view: each bounded context is an application module whose internals others may not touch,
 * and the module diagrams committed in {@code docs/architecture/modules} are the ones the code gives today.
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

    @Test
    void theDevelopersGuideNamesEveryExposedPackage() throws Exception {
        String guide = Files.readString(Path.of("..", "DEVELOPERS.md"));

        assertThat(ContextModuleDetection.EXPOSED_PACKAGES)
                .as("DEVELOPERS.md must list what ContextModuleDetection exposes")
                .allMatch(exposed -> guide.contains(exposed + "`"));
    }

    /** Samples live in test sources, which Modulith skips by default. */
    private static ApplicationModules fixture(String root) {
        return ApplicationModules.of(root, location -> true);
    }

    /** Rewrites the committed diagrams instead of comparing: {@code -Dskillify.docs.refresh=true}. */
    static final String REFRESH = "skillify.docs.refresh";

    @Test
    void theCommittedModuleDiagramsMatchTheCode() throws Exception {
        Path generated = Path.of("target", "module-docs");
        FileSystemUtils.deleteRecursively(generated);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> fresh = stableFiles(generated);
        assertThat(fresh).containsKey("components.puml");

        if (Boolean.getBoolean(REFRESH)) {
            FileSystemUtils.deleteRecursively(DOCS);
            Files.createDirectories(DOCS);
            for (Map.Entry<String, String> file : fresh.entrySet()) {
                Files.writeString(DOCS.resolve(file.getKey()), file.getValue());
            }
        }
        assertThat(stableFiles(DOCS))
                .as("docs/architecture/modules is stale; refresh it with ./mvnw -pl bootstrap -am test "
                        + "-Dtest=ModularityTests -Dsurefire.failIfNoSpecifiedTests=false -D" + REFRESH + "=true "
                        + "and commit the result")
                .isEqualTo(fresh);
    }

    private static Map<String, String> stableFiles(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(path.getFileName().toString(), StableDiagramText.of(Files.readString(path)));
            }
        }
        return files;
    }
}
