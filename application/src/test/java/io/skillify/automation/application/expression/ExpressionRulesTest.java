package io.skillify.automation.application.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The rules users meet: numbers, missing values in templates, syntax checked at save, readable errors. */
class ExpressionRulesTest {

    private static final BoundedEvaluator EVALUATOR = new BoundedEvaluator(
            new ExpressionSettings(Duration.ofSeconds(20), 1 << 20, 2, 16));
    private static final Expressions EXPRESSIONS = new Expressions(EVALUATOR);

    @AfterAll
    static void stop() {
        EVALUATOR.close();
    }

    private static Object scopeWith(String name, String number) {
        Map<String, JsonValue> input = new LinkedHashMap<>();
        input.put(name, new JsonNumber(new BigDecimal(number)));
        input.put("name", new io.skillify.shared.domain.json.JsonString("ada"));
        input.put("nothing", io.skillify.shared.domain.json.JsonNull.INSTANCE);
        return Map.of("input", Expressions.fromJson(new JsonObject(input)));
    }

    private static String evaluate(String expression, Object scope) {
        return EXPRESSIONS.evaluate(expression, scope).toJson();
    }

    @Test
    void aReferencedNumberKeepsEveryDigit() {
        assertThat(evaluate("input.big", scopeWith("big", "12345678901234567890"))).isEqualTo("12345678901234567890");
        assertThat(evaluate("{'n': input.big}", scopeWith("big", "12345678901234567890")))
                .isEqualTo("{\"n\":12345678901234567890}");
        assertThat(evaluate("input.big", scopeWith("big", "1e400"))).isEqualTo("1E+400");
        assertThat(evaluate("input.big", scopeWith("big", "0.12345678901234567890123")))
                .isEqualTo("0.12345678901234567890123");
        assertThat(evaluate("input.big > 5", scopeWith("big", "12345678901234567890"))).isEqualTo("true");
    }

    @Test
    void arithmeticUsesDoublePrecisionAndOrdinaryNumbersStayExact() {
        assertThat(evaluate("input.n + 1", scopeWith("n", "41"))).isEqualTo("42");
        assertThat(evaluate("input.n * 2", scopeWith("n", "0.1"))).isEqualTo("0.2");
        assertThat(evaluate("input.n", scopeWith("n", "9007199254740993"))).isEqualTo("9007199254740993");
    }

    @Test
    void aMissingValueInsideATemplateIsEmptyAndPresentValuesAreText() {
        Object scope = scopeWith("n", "12345678901234567890");
        assertThat(EXPRESSIONS.render("Hi {{input.missing}}!", scope)).isEqualTo("Hi !");
        assertThat(EXPRESSIONS.render("[{{input.nothing}}]", scope)).isEqualTo("[]");
        assertThat(EXPRESSIONS.render("{{input.name}} has {{input.n}}", scope))
                .isEqualTo("ada has 12345678901234567890");
        assertThat(EXPRESSIONS.render("{{ {'a': 1} }}", scope)).isEqualTo("{\"a\":1}");
    }

    @Test
    void templateSyntaxIsCheckedWithThePathOfTheField() {
        assertThat(EXPRESSIONS.templateProblems("Order {{input.id}} is {{steps.check.output}}", "nodes[1].data.message"))
                .isEmpty();
        assertThat(EXPRESSIONS.templateProblems("plain text", "p")).isEmpty();
        List<Problem> broken = EXPRESSIONS.templateProblems("Order {{input.id +}} done", "nodes[1].data.message");
        assertThat(broken).extracting(Problem::path).containsExactly("nodes[1].data.message");
        assertThat(broken.getFirst().message()).startsWith("has an invalid expression {{input.id +}}: ");
        assertThat(EXPRESSIONS.templateProblems("Order {{input.id", "nodes[2].data.url"))
                .extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nodes[2].data.url",
                        "opens {{ at character 7 without a closing }}"));
        assertThat(EXPRESSIONS.templateProblems("{{}}", "p")).extracting(Problem::message)
                .containsExactly("has an empty {{}}");
    }

    @Test
    void errorsShowNeitherPlaceholdersNorJavaNames() {
        for (String expression : List.of("$sum('a')", "$uppercase($sum)", "$notafn(1)", "1 +", "'a' + 1",
                "$length($sum)", "$sum() & 'x'", "a ~> b", "input.name.x := 1", "$sort([1, input.big])")) {
            assertThatThrownBy(() -> EXPRESSIONS.evaluate(expression, scopeWith("big", "12345678901234567890")))
                    .isInstanceOf(ExpressionException.class)
                    .satisfies(failure -> assertThat(failure.getMessage())
                            .doesNotContain("{{").doesNotContain("}}").doesNotContain("com.dashjoin")
                            .doesNotContain("java.").doesNotContain("Object").doesNotContain("Exception"));
        }
        assertThatThrownBy(() -> EXPRESSIONS.evaluate("$uppercase($sum)", Map.of()))
                .hasMessageContaining("argument 1 of function $uppercase does not match the function's signature");
        assertThatThrownBy(() -> EXPRESSIONS.evaluate("$sum('a')", Map.of()))
                .hasMessageContaining("must be an array of numbers");
    }

    @Test
    void aSyntaxErrorSaysWhereItIs() {
        assertThat(EXPRESSIONS.syntaxProblem("1 +", "nodes[1].data.expression")).get()
                .extracting(Problem::message).asString()
                .isEqualTo("is not a valid expression: unexpected end of expression (at character 3)");
    }

    /** Found by hostile-input property tests: JSONata's parser throws its own bugs on these (a 500 when saved). */
    @Test
    void inputThatBreaksTheParserIsAnInvalidExpression() {
        for (String broken : List.of("input@", "steps.x.output#", "/", "(/")) {
            assertThat(EXPRESSIONS.syntaxProblem(broken, "nodes[1].data.expression")).get()
                    .extracting(Problem::message).isEqualTo("is not a valid expression: it does not parse");
            assertThatThrownBy(() -> evaluate(broken, Map.of())).isInstanceOf(ExpressionException.class);
        }
    }
}
