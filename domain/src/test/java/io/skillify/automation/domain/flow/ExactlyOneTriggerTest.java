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

class ExactlyOneTriggerTest {

    @Test
    void a_flow_without_a_trigger_is_reported_at_nodes() {
        List<Problem> problems = problemsOf(flow(node("a", STEP), node("b", STEP)).edge("e1", "a", "b").document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("nodes", "must contain exactly one trigger node; there is none"));
    }

    @Test
    void an_empty_flow_has_no_trigger() {
        List<Problem> problems = problemsOf(flow().document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes");
        assertThat(problems.getFirst().message()).endsWith("there is none");
    }

    @Test
    void two_triggers_are_reported_at_nodes_listing_both() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("again", TRIGGER))
                .edge("e1", "start", "a").edge("e2", "again", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes");
        assertThat(problems.getFirst().message())
                .isEqualTo("must contain exactly one trigger node; there are 2: nodes[0], nodes[2]");
    }

    @Test
    void three_triggers_are_counted() {
        List<Problem> problems = problemsOf(flow(node("t1", TRIGGER), node("t2", TRIGGER), node("t3", TRIGGER))
                .document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes");
        assertThat(problems.getFirst().message()).contains("there are 3: nodes[0], nodes[1], nodes[2]");
    }

    @Test
    void a_node_of_unknown_type_is_no_trigger() {
        List<Problem> problems = problemsOf(flow(node("hook", "trigger.webhook"), node("a", STEP))
                .edge("e1", "hook", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[0].type", "nodes");
    }

    @Test
    void the_trigger_need_not_be_the_first_node() {
        FlowGraph graph = validate(flow(node("a", STEP), node("start", TRIGGER)).edge("e1", "start", "a").document());

        assertThat(graph.nodes()).extracting(FlowNode::id).containsExactly("a", "start");
    }
}
