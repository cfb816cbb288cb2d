package io.skillify.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Skillify's own production code keeps every ring rule. */
class RingRulesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.skillify", "skillify.jooq");

    static List<RingRules.NamedRule> rules() {
        return RingRules.forRoot("io.skillify");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeKeeps(RingRules.NamedRule rule) {
        rule.rule().check(PRODUCTION);
    }
}
