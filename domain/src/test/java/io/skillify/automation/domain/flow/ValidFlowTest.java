package io.skillify.automation.domain.flow;

import static io.skillify.automation.domain.flow.Flows.arr;
import static io.skillify.automation.domain.flow.Flows.flow;
import static io.skillify.automation.domain.flow.Flows.node;
import static io.skillify.automation.domain.flow.Flows.obj;
import static io.skillify.automation.domain.flow.Flows.validate;
import static io.skillify.automation.domain.flow.Flows.with;
import static io.skillify.automation.domain.flow.TestCatalog.BRANCH;
import static io.skillify.automation.domain.flow.TestCatalog.STEP;
import static io.skillify.automation.domain.flow.TestCatalog.TRIGGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.skillify.shared.domain.json.JsonObject;
import org.junit.jupiter.api.Test;

class ValidFlowTest {

    /** start → check; check's true → notify, false → log; both → done. */
    private static JsonObject branchingFlow() {
        JsonObject document = flow(
                with(node("start", TRIGGER), "label", "When called"),
                node("check", BRANCH),
                node("notify", STEP, obj("count", 1)),
                node("log", STEP),
                node("done", STEP))
                .edge("e1", "start", "check")
                .edge("e2", "check", "notify", "true")
                .edge("e3", "check", "log", "false")
                .edge("e4", "notify", "done")
                .edge("e5", "log", "done", "default")
                .document();
        return with(document, "viewport", obj("x", 10, "y", 20, "zoom", 1.5));
    }

    @Test
    void a_valid_flow_keeps_the_document_it_was_given() {
        JsonObject document = branchingFlow();

        FlowGraph graph = validate(document);

        assertThat(graph.document()).isSameAs(document);
    }

    @Test
    void a_valid_flow_lists_its_nodes_in_document_order() {
        FlowGraph graph = validate(branchingFlow());

        assertThat(graph.nodes()).extracting(FlowNode::id, FlowNode::type).containsExactly(
                tuple("start", TRIGGER), tuple("check", BRANCH), tuple("notify", STEP), tuple("log", STEP),
                tuple("done", STEP));
        assertThat(graph.nodes().get(2).data()).isEqualTo(obj("count", 1));
    }

    @Test
    void a_valid_flow_lists_its_edges_with_default_for_a_missing_handle() {
        FlowGraph graph = validate(branchingFlow());

        assertThat(graph.edges()).containsExactly(
                new FlowEdge("e1", "start", "check", "default"),
                new FlowEdge("e2", "check", "notify", "true"),
                new FlowEdge("e3", "check", "log", "false"),
                new FlowEdge("e4", "notify", "done", "default"),
                new FlowEdge("e5", "log", "done", "default"));
    }

    @Test
    void a_saved_flow_is_restored_without_a_catalog() {
        JsonObject saved = branchingFlow();
        FlowGraph validated = validate(saved);

        FlowGraph restored = FlowGraph.restore(saved);

        assertThat(restored.document()).isSameAs(saved);
        assertThat(restored.nodes()).isEqualTo(validated.nodes());
        assertThat(restored.edges()).isEqualTo(validated.edges());
    }

    @Test
    void a_flow_whose_types_are_gone_is_still_restored() {
        JsonObject saved = flow(node("start", "retired.trigger"), node("a", "retired.step"))
                .edge("e1", "start", "a").document();

        FlowGraph restored = FlowGraph.restore(saved);

        assertThat(restored.nodes()).extracting(FlowNode::type).containsExactly("retired.trigger", "retired.step");
        assertThat(restored.edges()).extracting(FlowEdge::sourceHandle).containsExactly("default");
    }

    @Test
    void restoring_something_that_is_not_a_flow_fails() {
        assertThatIllegalStateException()
                .isThrownBy(() -> FlowGraph.restore(obj("nodes", obj())))
                .withMessageContaining("stored flow is not a flow")
                .withMessageContaining("nodes");
        assertThatIllegalStateException()
                .isThrownBy(() -> FlowGraph.restore(obj("nodes", arr(obj("id", "a")))))
                .withMessageContaining("nodes[0].type");
    }

    @Test
    void validation_needs_a_catalog_and_limits() {
        JsonObject document = branchingFlow();

        assertThatNullPointerException().isThrownBy(() -> FlowGraph.validate(document, null, FlowLimits.DEFAULT));
        assertThatNullPointerException().isThrownBy(() -> FlowGraph.validate(document, TestCatalog.INSTANCE, null));
    }
}
