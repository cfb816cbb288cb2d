package io.skillify.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests wait for what they expect, never for a while: "eventually" is Awaitility, "nothing more happens" is checked
 * after an event that must come later, and a slow test target answers late by waiting on a latch its test releases.
 * A sleep makes a suite slow when the machine is fast and flaky when it is busy.
 */
class HonestWaitsTest {

    static final String NAME = "tests-never-sleep";

    static ArchRule testsNeverSleep() {
        return noClasses()
                .should().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
                .orShould().callMethod(Thread.class, "sleep", Duration.class)
                .orShould().callMethod(TimeUnit.class, "sleep", long.class)
                .as("[" + NAME + "] no test sleeps")
                .because("a sleep is too long on a fast machine and too short on a busy one: wait for an observable "
                        + "event instead (Awaitility for \"eventually\", a latch with a timeout for a slow target)");
    }

    @Test
    void noCompiledTestClassSleeps() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("io.skillify", "skillify");
        assertThat(tests).as("test classes imported").isNotEmpty();

        testsNeverSleep().check(tests);
    }

    /** Test classes of modules the bootstrap's class path lacks (worker-cli, application, adapters) are read as source. */
    @Test
    void noTestSourceOfAnyModuleSleeps() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Pattern sleep = Pattern.compile("\\bThread\\.sleep\\s*\\(|\\bTimeUnit\\.\\w+\\.sleep\\s*\\(|\\bsleep\\s*\\(\\s*\\d");
        List<Path> sources;
        try (Stream<Path> modules = Files.list(root)) {
            sources = modules.map(module -> module.resolve("src/test/java")).filter(Files::isDirectory)
                    .flatMap(HonestWaitsTest::javaFiles)
                    .filter(file -> !file.toString().contains("/archfixtures/"))
                    .toList();
        }
        assertThat(sources).as("test sources found under %s", root).hasSizeGreaterThan(50);

        List<String> sleeping = sources.stream().filter(file -> sleep.matcher(read(file)).find())
                .map(file -> root.relativize(file).toString()).toList();
        assertThat(sleeping).as("[" + NAME + "] test sources that sleep").isEmpty();
    }

    @Test
    void theRuleBitesOnASleepingSampleAndSaysWhy() {
        EvaluationResult result = testsNeverSleep().evaluate(new ClassFileImporter().importPackages("archfixtures.sleeps"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("[" + NAME + "]").contains("because")
                .contains("SleepyPoll").doesNotContain("PatientPoll");
    }

    private static Stream<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
