package io.skillify.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each Maven module's compiled classes under {@code io.skillify} live in that module's ring packages. */
class ModuleRingsTest {

    static final String ROOT = "io.skillify";

    /** Module folder → the packages its classes under {@code io.skillify} may live in. */
    static final Map<String, List<String>> RING_PACKAGES = Map.of(
            "domain", List.of(ROOT + "..domain.."),
            "application", List.of(ROOT + "..application.."),
            "adapters-rest", List.of(ROOT + "..adapter.in.rest..", ROOT + "..adapter.in.."),
            "adapters-persistence", List.of(ROOT + "..adapter.out.persistence.."),
            "adapters-http", List.of(ROOT + "..adapter.out.http.."),
            "adapters-pusher", List.of(ROOT + "..adapter.out.pusher.."),
            "bootstrap", List.of(ROOT, ROOT + "..adapter.in.event.."),
            "worker-cli", List.of());

    static Stream<Arguments> modules() {
        return RING_PACKAGES.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void everyClassOfTheModuleLivesInItsRing(String module, List<String> packages) {
        ModuleRules.moduleHoldsOnlyItsRing(module, ROOT, packages).rule().allowEmptyShould(true)
                .check(compiledClassesOf(module));
    }

    @Test
    void everyModuleOfTheBuildIsMapped() throws Exception {
        try (Stream<Path> folders = Files.list(Path.of(".."))) {
            assertThat(folders.filter(folder -> Files.isRegularFile(folder.resolve("pom.xml")))
                    .map(folder -> folder.getFileName().toString()))
                    .as("a Maven module missing from ModuleRingsTest.RING_PACKAGES")
                    .allMatch(RING_PACKAGES::containsKey);
        }
    }

    @Test
    void aNodeTypeLeftInBootstrapOrInTheRestModuleFails() {
        JavaClasses fixture = new ClassFileImporter().importPackages("archfixtures.r11");

        for (String module : List.of("bootstrap", "adapters-rest")) {
            EvaluationResult result = ModuleRules.moduleHoldsOnlyItsRing(module, "archfixtures.r11",
                    RING_PACKAGES.get(module).stream().map(p -> p.replace(ROOT, "archfixtures.r11")).toList())
                    .rule().evaluate(fixture);

            assertThat(result.hasViolation()).as(module).isTrue();
            assertThat(result.getFailureReport().toString())
                    .contains("[modules-hold-their-rings]", module, "because", "archfixtures.r11.automation.nodes.RogueNode");
        }
    }

    @Test
    void aModuleWhoseClassesSitInItsRingsPasses() {
        EvaluationResult result = ModuleRules.moduleHoldsOnlyItsRing("sample", "archfixtures.good",
                List.of("archfixtures.good..domain..", "archfixtures.good..application..", "archfixtures.good..adapter.."))
                .rule().evaluate(new ClassFileImporter().importPackages("archfixtures.good"));

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    /** The module's own output folder, so a class is judged by the jar it ships in, not by its package name. */
    private static JavaClasses compiledClassesOf(String module) {
        Path classes = Path.of("..", module, "target", "classes");
        if (!Files.isDirectory(Path.of("..", module, "src", "main", "java"))) {
            return new ClassFileImporter().importClasses();
        }
        assertThat(classes).as("compile %s first", module).isDirectory();
        return new ClassFileImporter().importPath(classes);
    }
}
