package io.skillify.automation.domain.flow;

import static io.skillify.automation.domain.flow.Flows.flow;
import static io.skillify.automation.domain.flow.Flows.node;
import static io.skillify.automation.domain.flow.Flows.validate;
import static io.skillify.automation.domain.flow.TestCatalog.STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.skillify.shared.domain.DomainException;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import org.junit.jupiter.api.Test;

class SeveralProblemsAtOnceTest {

    @Test
    void every_problem_of_a_document_is_reported_together_in_rule_order() {
        JsonObject document = flow(node("a", STEP), node("a", STEP), node("u", "test.nope"), Flows.json(false))
                .edge("e1", "a", "u").edge("e2", "a", "a", "default").edge("e3", "u", "a").edge("e4", "a", "u", "yes")
                .document();

        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, () -> validate(document));

        assertThat(invalid.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
        assertThat(invalid).hasMessage("The flow is invalid: 7 problems");
        assertThat(invalid.problems()).extracting(Problem::path, Problem::message).containsExactly(
                tuple("nodes[3]", "must be an object"),
                tuple("nodes[1].id", "'a' is already the id of nodes[0]"),
                tuple("nodes[2].type", "'test.nope' is not a registered node type"),
                tuple("edges[1]", "connects node 'a' to itself"),
                tuple("edges[3].sourceHandle", "'yes' is not an output of node 'a' (test.step), which has default"),
                tuple("nodes", "must contain exactly one trigger node; there is none"),
                tuple("edges", "must not form a cycle; they do: a → u → a"));
    }

    @Test
    void a_single_problem_is_counted_in_the_singular() {
        JsonObject document = flow(node("a", STEP)).document();

        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, () -> validate(document));

        assertThat(invalid).hasMessage("The flow is invalid: 1 problem");
    }

    @Test
    void at_most_200_problems_are_reported() {
        Flows flow = Flows.chain(1);
        for (int i = 0; i < 300; i++) {
            flow.node(node("u" + i, "test.nope" + (char) ('a' + i % 26)));
        }

        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> validate(flow.document()));

        assertThat(invalid.problems()).hasSize(200)
                .extracting(Problem::path).startsWith("nodes[1].type", "nodes[2].type").endsWith("nodes[200].type");
        assertThat(invalid).hasMessage("The flow is invalid: 200 problems");
    }
}
