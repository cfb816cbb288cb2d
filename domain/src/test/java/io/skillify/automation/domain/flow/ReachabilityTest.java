package io.skillify.automation.domain.flow;

import static io.skillify.automation.domain.flow.Flows.flow;
import static io.skillify.automation.domain.flow.Flows.node;
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

class ReachabilityTest {

    @Test
    void every_node_of_an_unreachable_island_is_reported() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("x", STEP),
                node("y", STEP))
                .edge("e1", "start", "a").edge("e2", "x", "y").document());

        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                tuple("nodes[2]", "is not reachable from the trigger 'start'"),
                tuple("nodes[3]", "is not reachable from the trigger 'start'"));
    }

    @Test
    void a_lone_trigger_is_a_valid_flow() {
        FlowGraph graph = validate(flow(node("start", TRIGGER)).document());

        assertThat(graph.nodes()).extracting(FlowNode::id).containsExactly("start");
    }

    @Test
    void a_node_alone_beside_the_trigger_is_unreachable() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP)).document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[1]");
    }

    @Test
    void edges_are_followed_only_forwards() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("x", STEP))
                .edge("e1", "start", "a").edge("e2", "x", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[2]");
    }

    @Test
    void nodes_reachable_through_either_branch_are_fine() {
        FlowGraph graph = validate(flow(node("start", TRIGGER), node("br", BRANCH), node("yes", STEP),
                node("no", STEP), node("after_no", STEP))
                .edge("e1", "start", "br").edge("e2", "br", "yes", "true").edge("e3", "br", "no", "false")
                .edge("e4", "no", "after_no").document());

        assertThat(graph.nodes()).extracting(FlowNode::id).containsExactly("start", "br", "yes", "no", "after_no");
    }

    @Test
    void a_node_is_reachable_through_nodes_of_unknown_type() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("u", "test.nope"), node("a", STEP))
                .edge("e1", "start", "u").edge("e2", "u", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[1].type");
    }

    @Test
    void nothing_is_unreachable_without_exactly_one_trigger() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("again", TRIGGER), node("x", STEP))
                .document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes");
    }

    @Test
    void a_node_with_a_duplicate_id_is_reported_as_a_duplicate_only() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("a", STEP))
                .edge("e1", "start", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[2].id");
    }
}
