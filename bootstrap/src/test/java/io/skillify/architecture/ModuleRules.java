package io.skillify.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.List;

/**
 * The rings are Maven modules: a class under the root package lives in its module's ring packages, wherever a
 * contributor puts the file. Evaluate the rule on the classes of that one module.
 */
public final class ModuleRules {

    private ModuleRules() {
    }

    public static RingRules.NamedRule moduleHoldsOnlyItsRing(String module, String root, List<String> packages) {
        return new RingRules.NamedRule("modules-hold-their-rings", classes()
                .that().resideInAPackage(root + "..")
                .should().resideInAnyPackage(packages.toArray(String[]::new))
                .as("[modules-hold-their-rings] every class of the Maven module " + module + " under " + root
                        + " lives in " + String.join(" or ", packages))
                .because("the rules of the rings key on package names, so a class outside its module's packages "
                        + "escapes them (a node type in bootstrap could use Spring web and a REST adapter); move it "
                        + "into the ring package of its module, or into the module whose ring it belongs to"));
    }
}
