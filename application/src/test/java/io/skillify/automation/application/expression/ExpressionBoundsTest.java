package io.skillify.automation.application.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.json.JsonValue;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every bound of §9 "Expressions": time, result size, built-ins that allocate, regular expressions. */
class ExpressionBoundsTest {

    /** The contract's limits, for the time limit itself. */
    private static final BoundedEvaluator TIMED = new BoundedEvaluator(
            new ExpressionSettings(Duration.ofMillis(250), 1 << 20, 2, 16));
    /**
     * A generous deadline for everything else, so that a busy machine cannot turn an expected size refusal or an
     * expected answer into a time-limit one.
     */
    private static final BoundedEvaluator EVALUATOR = new BoundedEvaluator(
            new ExpressionSettings(Duration.ofSeconds(20), 1 << 20, 2, 16));
    private static final Expressions EXPRESSIONS = new Expressions(EVALUATOR);
    private static final Expressions TIMED_EXPRESSIONS = new Expressions(TIMED);
    private static final Map<String, Object> SCOPE = Map.of("input", Map.of("name", "ada"));

    @AfterAll
    static void stop() {
        EVALUATOR.close();
        TIMED.close();
    }

    private static JsonValue evaluate(String expression) {
        return EXPRESSIONS.evaluate(expression, SCOPE);
    }

    private static void assertOverTime(String expression) {
        assertThatThrownBy(() -> TIMED_EXPRESSIONS.evaluate(expression, SCOPE)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("exceeded its 250ms time limit");
    }

    private static void assertOverSize(String expression) {
        assertThatThrownBy(() -> evaluate(expression)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("exceeded its 1 MiB result size limit");
    }

    @Test
    void aLoopThatNeverEndsStopsAtTheTimeLimit() {
        assertOverTime("($f := function($n){ $f($n + 1) }; $f(0))");
        assertOverTime("$reduce([1..400000], function($a, $b){ $a + $b })");
    }

    @Test
    void padThatWouldAllocateHundredsOfMegabytesIsRefusedBeforeAllocating() {
        assertOverSize("$pad('', 400000000)");
        assertOverSize("$pad('x', -400000000, '#')");
        assertThat(evaluate("$pad('ab', 4, '.')").toJson()).isEqualTo("\"ab..\"");
    }

    @Test
    void stringsThatDoubleStopAtTheSizeCap() {
        assertOverSize("($f := function($s, $n){ $n = 0 ? $s : $f($s & $s, $n - 1) }; $f('abcdefgh', 40))");
    }

    @Test
    void hugeArraysObjectsJoinsAndStringsAreRefused() {
        assertThatThrownBy(() -> evaluate("[1..100000000]")).isInstanceOf(ExpressionException.class);
        assertOverSize("$count([1..5000000])");
        assertOverSize("($s := $pad('', 600000, 'x'); $join([$s, $s]))");
        assertOverSize("($s := $pad('', 400000, 'x'); $string({'a': $s, 'b': $s, 'c': $s}))");
        assertThatThrownBy(() -> evaluate("($d := function($v, $n){ $n = 0 ? $v : $d([$v, $v], $n - 1) }; $d('abcdefgh', 40))"))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("result size limit");
    }

    @Test
    void catastrophicRegularExpressionsRunInLinearTime() {
        String hostile = "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'";
        assertThat(evaluate("$match(" + hostile + ", /(a+)+$/)").toJson()).isIn("null", "[]");
        assertThat(evaluate("$contains(" + hostile + ", /(a|aa)+$/)").toJson()).isEqualTo("false");
        assertThat(evaluate("$replace(" + hostile + ", /(a*)*$/, 'x')").toJson()).contains("x");
        assertThat(evaluate("$split(" + hostile + ", /(a+)+b/)").toJson()).contains("aaaa!");
        assertThat(evaluate("$replace(" + hostile + ", '(a+)+$', 'x', 1)").toJson())
                .isEqualTo("\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"");
    }

    @Test
    void regularExpressionFunctionsKeepTheirMeaning() {
        assertThat(evaluate("$match('order 12 and 345', /([0-9]+)/).groups[0]").toJson()).isEqualTo("[\"12\",\"345\"]");
        assertThat(evaluate("$replace('hello world', /l+/, 'L')").toJson()).isEqualTo("\"heLo worLd\"");
        assertThat(evaluate("$replace('John Smith', /(\\w+)\\s(\\w+)/, '$2, $1')").toJson()).isEqualTo("\"Smith, John\"");
        assertThat(evaluate("$replace('abc', /b/, function($m){ $uppercase($m.match) })").toJson()).isEqualTo("\"aBc\"");
        assertThat(evaluate("$split('a1b22c', /[0-9]+/)").toJson()).isEqualTo("[\"a\",\"b\",\"c\"]");
        assertThat(evaluate("$contains('ABC', /b/i)").toJson()).isEqualTo("true");
        assertThat(evaluate("$contains(input.name, 'd')").toJson()).isEqualTo("true");
        assertThat(evaluate("/a(b)/('xab').groups[0]").toJson()).isEqualTo("\"b\"");
        assertThat(evaluate("$split('a,b', ',')").toJson()).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void aRegularExpressionTheLinearEngineCannotRunIsRefusedWhenSaved() {
        assertThat(EXPRESSIONS.syntaxProblem("$match(input.name, /(a)\\1/)", "nodes[1].data.expression"))
                .hasValueSatisfying(problem -> assertThat(problem.message()).contains("not supported")
                        .contains("backreferences").doesNotContain("Exception"));
        assertThat(EXPRESSIONS.syntaxProblem("$contains(input.name, /a(?=b)/)", "p")).isPresent();
        assertThat(EXPRESSIONS.syntaxProblem("$contains(input.name, /a+b/)", "p")).isEmpty();
    }

    @Test
    void evalIsNotAvailable() {
        assertThatThrownBy(() -> evaluate("$eval('1 + 1')")).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("not available");
    }

    @Test
    void ordinaryExpressionsStillWork() {
        assertThat(evaluate("input.name & '!'").toJson()).isEqualTo("\"ada!\"");
        assertThat(evaluate("$string({'a': [1, 2]})").toJson()).isEqualTo("\"{\\\"a\\\":[1,2]}\"");
        assertThat(evaluate("$join(['a', 'b'], '-')").toJson()).isEqualTo("\"a-b\"");
        assertThat(evaluate("$sum([1..100])").toJson()).isEqualTo("5050");
    }

    @Test
    void aFullPoolRefusesInsteadOfQueueingWithoutEnd() throws Exception {
        try (BoundedEvaluator tiny = new BoundedEvaluator(new ExpressionSettings(Duration.ofMillis(250), 1 << 20, 1, 1))) {
            Expressions expressions = new Expressions(tiny);
            String slow = "($f := function($n){ $f($n + 1) }; $f(0))";
            var outcomes = new java.util.concurrent.ConcurrentLinkedQueue<String>();
            try (var callers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 6; i++) {
                    callers.submit(() -> {
                        try {
                            expressions.evaluate(slow, SCOPE);
                            outcomes.add("done");
                        } catch (ExpressionException refused) {
                            outcomes.add(refused.getMessage());
                        }
                    });
                }
            }
            assertThat(outcomes).hasSize(6).allSatisfy(outcome -> assertThat(outcome)
                    .containsAnyOf("time limit", "too many expressions"));
        }
    }

    @Test
    void aFunctionIsNoValueAndNeverShowsAsAJavaObject() {
        assertThat(evaluate("$uppercase").toJson()).isEqualTo("null");
        assertThat(evaluate("{'f': function($x){ $x }}").toJson()).isEqualTo("{\"f\":null}");
    }
}
