package io.skillify.automation.domain.flow;

import static io.skillify.automation.domain.flow.Flows.edgeOf;
import static io.skillify.automation.domain.flow.Flows.flow;
import static io.skillify.automation.domain.flow.Flows.node;
import static io.skillify.automation.domain.flow.Flows.problemsOf;
import static io.skillify.automation.domain.flow.Flows.validate;
import static io.skillify.automation.domain.flow.Flows.with;
import static io.skillify.automation.domain.flow.TestCatalog.BRANCH;
import static io.skillify.automation.domain.flow.TestCatalog.STEP;
import static io.skillify.automation.domain.flow.TestCatalog.TRIGGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.skillify.shared.domain.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgesTest {

    /** start → br, and br's two outputs to a and b. */
    private static Flows branching() {
        return flow(node("start", TRIGGER), node("br", BRANCH), node("a", STEP), node("b", STEP))
                .edge("e0", "start", "br");
    }

    @Test
    void an_edge_must_leave_by_a_declared_output() {
        List<Problem> problems = problemsOf(branching()
                .edge("e1", "br", "a", "maybe").edge("e2", "br", "b", "false").document());

        assertThat(problems).extracting(Problem::path).containsExactly("edges[1].sourceHandle");
        assertThat(problems.getFirst().message())
                .isEqualTo("'maybe' is not an output of node 'br' (test.branch), which has true, false");
    }

    @Test
    void handles_are_matched_exactly() {
        List<Problem> problems = problemsOf(branching()
                .edge("e1", "br", "a", "True").edge("e2", "br", "b", "").document());

        assertThat(problems).extracting(Problem::path)
                .containsExactly("edges[1].sourceHandle", "edges[2].sourceHandle");
    }

    @Test
    void an_edge_from_a_node_with_several_outputs_must_name_one() {
        List<Problem> problems = problemsOf(branching()
                .edge("e1", "br", "a").edge("e2", "br", "b", "false").document());

        assertThat(problems).extracting(Problem::path).containsExactly("edges[1].sourceHandle");
        assertThat(problems.getFirst().message())
                .startsWith("is required")
                .contains("'br'", "true, false");
    }

    @Test
    void both_outputs_of_a_branch_may_lead_to_the_same_node() {
        FlowGraph graph = validate(branching()
                .edge("e1", "br", "a", "true").edge("e2", "br", "a", "false").edge("e3", "br", "b", "false")
                .document());

        assertThat(graph.edges()).extracting(FlowEdge::sourceHandle)
                .containsExactly("default", "true", "false", "false");
    }

    @Test
    void a_single_output_node_may_be_left_by_default_or_by_no_handle() {
        FlowGraph graph = validate(flow(node("start", TRIGGER), node("a", STEP), node("b", STEP))
                .edge("e1", "start", "a", "default").edge("e2", "a", "b").document());

        assertThat(graph.edges()).extracting(FlowEdge::sourceHandle).containsExactly("default", "default");
    }

    @Test
    void a_single_output_node_has_no_other_handle() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("b", STEP))
                .edge("e1", "start", "a").edge("e2", "a", "b", "true").document());

        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                tuple("edges[1].sourceHandle", "'true' is not an output of node 'a' (test.step), which has default"));
    }

    @Test
    void an_edge_from_an_unknown_node_is_reported_at_its_source() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP))
                .edge("e0", "ghost", "a").edge("e1", "start", "a").document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("edges[0].source", "'ghost' is not a node of this flow"));
    }

    @Test
    void an_edge_to_an_unknown_node_is_reported_at_its_target() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP))
                .edge("e0", "start", "nowhere").edge("e1", "start", "a").document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("edges[0].target", "'nowhere' is not a node of this flow"));
    }

    @Test
    void an_edge_between_two_unknown_nodes_is_reported_at_both_ends() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER))
                .edge("e0", "ghost", "phantom").document());

        assertThat(problems).extracting(Problem::path).containsExactly("edges[0].source", "edges[0].target");
    }

    @Test
    void an_edge_from_a_node_to_itself_is_reported_at_the_edge() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP))
                .edge("e0", "a", "a").edge("e1", "start", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("edges[0]");
        assertThat(problems.getFirst().message()).isEqualTo("connects node 'a' to itself");
    }

    @Test
    void an_edge_into_the_trigger_is_reported_at_its_target() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("x", STEP))
                .edge("e0", "start", "a").edge("e1", "x", "start").document());

        assertThat(problems).extracting(Problem::path).containsExactly("edges[1].target", "nodes[2]");
        assertThat(problems.getFirst().message()).isEqualTo("'start' is a trigger; triggers have no inputs");
    }

    @Test
    void an_edge_back_into_the_trigger_is_also_a_cycle() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP))
                .edge("e0", "start", "a").edge("e1", "a", "start").document());

        assertThat(problems).extracting(Problem::path).containsExactly("edges[1].target", "edges");
        assertThat(problems.get(1).message()).contains("start → a → start");
    }

    @Test
    void handles_of_nodes_of_unknown_type_are_not_checked() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("u", "test.nope"), node("a", STEP))
                .edge("e0", "start", "u").edge("e1", "u", "a", "whatever").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[1].type");
    }

    @Test
    void an_unreadable_handle_is_reported_once() {
        List<Problem> problems = problemsOf(branching()
                .edge(with(edgeOf("e1", "br", "a"), "sourceHandle", 1)).edge("e2", "br", "b", "false").document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("edges[1].sourceHandle", "must be a string or null"));
    }
}
