package io.skillify.automation.domain.flow;

import static io.skillify.automation.domain.flow.Flows.flow;
import static io.skillify.automation.domain.flow.Flows.node;
import static io.skillify.automation.domain.flow.Flows.problemsOf;
import static io.skillify.automation.domain.flow.Flows.validate;
import static io.skillify.automation.domain.flow.TestCatalog.STEP;
import static io.skillify.automation.domain.flow.TestCatalog.TRIGGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.skillify.shared.domain.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Node ids are what expressions write after {@code steps.}: identifiers, so that every id can be referenced. */
class NodeIdsTest {

    @Test
    void an_id_with_a_hyphen_is_refused_naming_the_allowed_characters() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("fetch-user", STEP))
                .edge("e1", "start", "fetch-user").document());

        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(tuple("nodes[1].id",
                "must be an identifier: letters, digits and _, not starting with a digit (expressions refer to it as"
                        + " steps.<id>.output)"));
    }

    @Test
    void ids_starting_with_a_digit_or_holding_blanks_or_dots_are_refused() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("1st", STEP), node("a b", STEP),
                node("a.b", STEP)).edge("e1", "start", "1st").edge("e2", "start", "a b").edge("e3", "start", "a.b")
                .document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[1].id", "nodes[2].id", "nodes[3].id");
    }

    @Test
    void identifiers_with_underscores_digits_and_capitals_are_accepted() {
        FlowGraph graph = validate(flow(node("start", TRIGGER), node("fetch_user2", STEP), node("_Big", STEP))
                .edge("e1", "start", "fetch_user2").edge("e2", "start", "_Big").document());

        assertThat(graph.nodes()).extracting(FlowNode::id).containsExactly("start", "fetch_user2", "_Big");
    }

    @Test
    void edge_ids_may_still_hold_any_characters() {
        FlowGraph graph = validate(flow(node("start", TRIGGER), node("a", STEP))
                .edge("xy-edge start->a", "start", "a").document());

        assertThat(graph.edges()).extracting(FlowEdge::id).containsExactly("xy-edge start->a");
    }
}
