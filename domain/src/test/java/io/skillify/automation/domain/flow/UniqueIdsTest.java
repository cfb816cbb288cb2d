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

class UniqueIdsTest {

    @Test
    void a_duplicate_node_id_is_reported_at_the_later_node_naming_the_first() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("b", STEP),
                node("a", STEP))
                .edge("e1", "start", "a").edge("e2", "a", "b").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[3].id");
        assertThat(problems.getFirst().message()).isEqualTo("'a' is already the id of nodes[1]");
    }

    @Test
    void every_repetition_names_the_first_node_with_that_id() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("a", STEP),
                node("a", STEP))
                .edge("e1", "start", "a").document());

        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                tuple("nodes[2].id", "'a' is already the id of nodes[1]"),
                tuple("nodes[3].id", "'a' is already the id of nodes[1]"));
    }

    @Test
    void ids_are_compared_exactly() {
        FlowGraph graph = validate(flow(node("start", TRIGGER), node("a", STEP), node("A", STEP))
                .edge("e1", "start", "a").edge("E1", "start", "A").document());

        assertThat(graph.nodes()).extracting(FlowNode::id).containsExactly("start", "a", "A");
        assertThat(graph.edges()).extracting(FlowEdge::id).containsExactly("e1", "E1");
    }

    @Test
    void a_duplicate_edge_id_is_reported_at_the_later_edge_naming_the_first() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("b", STEP))
                .edge("e1", "start", "a").edge("e2", "start", "b").edge("e1", "a", "b").document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("edges[2].id", "'e1' is already the id of edges[0]"));
    }

    @Test
    void a_node_and_an_edge_may_share_an_id() {
        FlowGraph graph = validate(flow(node("start", TRIGGER), node("a", STEP)).edge("a", "start", "a").document());

        assertThat(graph.edges()).extracting(FlowEdge::id).containsExactly("a");
    }

    @Test
    void duplicate_node_and_edge_ids_are_both_reported() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("start", STEP), node("a", STEP))
                .edge("e1", "start", "a").edge("e1", "start", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[1].id", "edges[1].id");
        assertThat(problems).extracting(Problem::message)
                .containsExactly("'start' is already the id of nodes[0]", "'e1' is already the id of edges[0]");
    }
}
