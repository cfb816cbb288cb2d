package io.skillify.automation.domain.flow;

import static io.skillify.automation.domain.flow.Flows.chain;
import static io.skillify.automation.domain.flow.Flows.flow;
import static io.skillify.automation.domain.flow.Flows.node;
import static io.skillify.automation.domain.flow.Flows.problemsOf;
import static io.skillify.automation.domain.flow.Flows.validate;
import static io.skillify.automation.domain.flow.TestCatalog.BRANCH;
import static io.skillify.automation.domain.flow.TestCatalog.STEP;
import static io.skillify.automation.domain.flow.TestCatalog.TRIGGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class NoCyclesTest {

    private static final FlowLimits ROOMY = new FlowLimits(10_000, 64 * 1024);

    @Test
    void a_cycle_is_reported_once_at_edges_and_spelled_out() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("b", STEP),
                node("c", STEP))
                .edge("e0", "start", "a").edge("e1", "a", "b").edge("e2", "b", "c").edge("e3", "c", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("edges");
        assertThat(problems.getFirst().message()).isEqualTo("must not form a cycle; they do: a → b → c → a");
    }

    @Test
    void only_one_cycle_is_reported_however_many_there_are() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP), node("b", STEP),
                node("c", STEP), node("d", STEP))
                .edge("e0", "start", "a").edge("e1", "a", "b").edge("e2", "b", "a")
                .edge("e3", "start", "c").edge("e4", "c", "d").edge("e5", "d", "c").document());

        assertThat(problems).extracting(Problem::path).containsExactly("edges");
        assertThat(problems.getFirst().message()).endsWith("a → b → a");
    }

    @Test
    void a_two_node_cycle_among_unreachable_nodes_is_found_too() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("x", STEP), node("y", STEP))
                .edge("e1", "x", "y").edge("e2", "y", "x").document());

        assertThat(problems).extracting(Problem::path).containsExactly("edges", "nodes[1]", "nodes[2]");
        assertThat(problems.getFirst().message()).endsWith("x → y → x");
    }

    @Test
    void a_diamond_is_not_a_cycle() {
        FlowGraph graph = validate(flow(node("start", TRIGGER), node("br", BRANCH), node("a", STEP), node("b", STEP),
                node("join", STEP))
                .edge("e0", "start", "br").edge("e1", "br", "a", "true").edge("e2", "br", "b", "false")
                .edge("e3", "a", "join").edge("e4", "b", "join").document());

        assertThat(graph.edges()).hasSize(5);
    }

    @Test
    void a_shortcut_past_a_visited_node_is_not_a_cycle() {
        FlowGraph graph = validate(flow(node("start", TRIGGER), node("a", STEP), node("b", STEP))
                .edge("e0", "start", "a").edge("e1", "a", "b").edge("e2", "start", "b").document());

        assertThat(graph.edges()).hasSize(3);
    }

    @Test
    void a_self_loop_is_reported_as_such_not_as_a_cycle() {
        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP))
                .edge("e0", "start", "a").edge("e1", "a", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("edges[1]");
    }

    @Test
    void a_chain_of_5000_nodes_validates_on_a_small_stack() throws InterruptedException {
        JsonObject document = chain(5_000).document();

        FlowGraph graph = onSmallStack(() -> validate(document, ROOMY));

        assertThat(graph.nodes()).hasSize(5_000);
        assertThat(graph.edges()).hasSize(4_999);
    }

    @Test
    void a_cycle_closing_a_chain_of_5000_nodes_is_found_on_a_small_stack() throws InterruptedException {
        JsonObject document = chain(5_000).edge("back", "n4999", "n1").document();

        List<Problem> problems = onSmallStack(() -> problemsOf(document, ROOMY));

        assertThat(problems).extracting(Problem::path).containsExactly("edges");
        assertThat(problems.getFirst().message())
                .startsWith("must not form a cycle; they do: n1 → n2 → ")
                .endsWith(" → n4998 → n4999 → n1");
    }

    /** Runs on a thread with a 256 KiB stack, which a recursive walk of 5,000 nodes would overflow. */
    private static <T> T onSmallStack(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();
        assertThat(failure.get()).as("failure on the small stack").isNull();
        return result.get();
    }
}
