package io.skillify.automation.domain.flow;

import static io.skillify.automation.domain.flow.Flows.flow;
import static io.skillify.automation.domain.flow.Flows.node;
import static io.skillify.automation.domain.flow.Flows.obj;
import static io.skillify.automation.domain.flow.Flows.problemsOf;
import static io.skillify.automation.domain.flow.Flows.validate;
import static io.skillify.automation.domain.flow.TestCatalog.BRANCH;
import static io.skillify.automation.domain.flow.TestCatalog.STEP;
import static io.skillify.automation.domain.flow.TestCatalog.TRIGGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.skillify.shared.domain.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeTypesAndDataTest {

    @Test
    void an_unregistered_type_is_reported_at_the_node_type() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("b", "test.nope"))
                .edge("e1", "start", "a").edge("e2", "a", "b").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[2].type");
        assertThat(problems.getFirst().message()).isEqualTo("'test.nope' is not a registered node type");
    }

    @Test
    void type_keys_are_matched_exactly() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", "Test.Step"), node("b", "test.step "))
                .edge("e1", "start", "a").edge("e2", "start", "b").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[1].type", "nodes[2].type");
    }

    @Test
    void data_problems_are_reported_under_the_node_data_path() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP, obj("count", "three")))
                .edge("e1", "start", "a").document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("nodes[1].data.count", "must be a number"));
    }

    @Test
    void data_of_every_node_is_checked_whatever_its_category() {
        List<Problem> problems = problemsOf(flow(
                node("start", TRIGGER, obj("count", true)),
                node("a", STEP, obj("count", 3)),
                node("br", BRANCH, obj("count", obj())))
                .edge("e1", "start", "a").edge("e2", "a", "br").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[0].data.count", "nodes[2].data.count");
    }

    @Test
    void valid_data_passes() {
        FlowGraph graph = validate(flow(node("start", TRIGGER), node("a", STEP, obj("count", 3, "label", "x")))
                .edge("e1", "start", "a").document());

        assertThat(graph.nodes().get(1).data()).isEqualTo(obj("count", 3, "label", "x"));
    }

    @Test
    void nodes_of_unknown_type_skip_data_validation() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", "test.nope", obj("count", "x")))
                .edge("e1", "start", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[1].type");
    }

    @Test
    void nodes_with_unreadable_data_are_not_validated_again() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER),
                Flows.with(node("a", STEP), "data", "count"))
                .edge("e1", "start", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[1].data");
    }
}
