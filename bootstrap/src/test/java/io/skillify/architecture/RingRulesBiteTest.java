package io.skillify.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each ring rule fails on a deliberately broken sample (under {@code archfixtures.rN}), and its failure names the
 * rule and says why; a well-built sample keeps them all. A rule that cannot fail would guard nothing.
 */
class RingRulesBiteTest {

    static Stream<Arguments> brokenSamples() {
        return Stream.of(
                sample("archfixtures.r1", RingRules::domainIsPlainJava, "org.springframework.stereotype.Component"),
                sample("archfixtures.r2", RingRules::applicationIsFrameworkFree, "Transactional"),
                sample("archfixtures.r3", RingRules::onlyPersistenceAdaptersTouchJooq, "org.jooq.DSLContext"),
                sample("archfixtures.r4", RingRules::adaptersDoNotDependOnEachOther, "OrderTable"),
                sample("archfixtures.r5", RingRules::inPortsDoNotDependOnOutPorts, "OrderRepository"),
                sample("archfixtures.r6", RingRules::contextsAreFreeOfCycles, "Cycle"),
                sample("archfixtures.r7", RingRules::inAdaptersCallOnlyInPorts, "PlaceOrderService"),
                sample("archfixtures.r8", RingRules::outAdaptersNeverCallServices, "PlaceOrderService"),
                sample("archfixtures.r9", RingRules::outPortsDoNotDependOnInPorts, "OrderView"),
                sample("archfixtures.r12", RingRules::applicationServicesArePackagePrivate, "PlaceOrderService"));
    }

    private static Arguments sample(String root, Function<String, RingRules.NamedRule> rule, String culprit) {
        return Arguments.of(rule.apply(root), root, culprit);
    }

    @ParameterizedTest(name = "{0} bites")
    @MethodSource("brokenSamples")
    void eachRuleFailsOnABrokenSampleAndSaysWhichAndWhy(RingRules.NamedRule rule, String root, String culprit) {
        EvaluationResult result = rule.rule().evaluate(importPackage(root));

        assertThat(result.hasViolation()).as("%s must flag %s", rule.name(), root).isTrue();
        String report = result.getFailureReport().toString();
        assertThat(report).contains("[" + rule.name() + "]").contains("because").contains(culprit);
    }

    @ParameterizedTest(name = "{0} keeps quiet on a good sample")
    @MethodSource("goodSample")
    void noRuleFlagsAWellBuiltSample(RingRules.NamedRule rule) {
        EvaluationResult result = rule.rule().evaluate(importPackage("archfixtures.good"));
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    static Stream<RingRules.NamedRule> goodSample() {
        return RingRules.forRoot("archfixtures.good").stream();
    }

    private static JavaClasses importPackage(String root) {
        return new ClassFileImporter().importPackages(root);
    }
}
