package io.skillify.automation.domain.flow;

import static io.skillify.automation.domain.flow.Flows.chain;
import static io.skillify.automation.domain.flow.Flows.flow;
import static io.skillify.automation.domain.flow.Flows.node;
import static io.skillify.automation.domain.flow.Flows.obj;
import static io.skillify.automation.domain.flow.Flows.problemsOf;
import static io.skillify.automation.domain.flow.Flows.validate;
import static io.skillify.automation.domain.flow.TestCatalog.STEP;
import static io.skillify.automation.domain.flow.TestCatalog.TRIGGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizeLimitsTest {

    private static final int LIMIT = 64 * 1024;

    /** Data of {@code {"text":"..."}} whose compact UTF-8 JSON is exactly {@code bytes} long, in ASCII. */
    private static JsonObject dataOf(int bytes) {
        int overhead = obj("text", "").utf8Length();
        return obj("text", "x".repeat(bytes - overhead));
    }

    @Test
    void the_default_limits_are_500_nodes_of_64_KiB() {
        assertThat(FlowLimits.DEFAULT).isEqualTo(new FlowLimits(500, 65_536));
    }

    @Test
    void more_than_500_nodes_are_reported_at_nodes() {
        List<Problem> problems = problemsOf(chain(501).document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes");
        assertThat(problems.getFirst().message()).isEqualTo("has 501 nodes; at most 500 are allowed");
    }

    @Test
    void exactly_500_nodes_are_fine() {
        FlowGraph graph = validate(chain(500).document());

        assertThat(graph.nodes()).hasSize(500);
    }

    @Test
    void the_node_limit_comes_from_the_limits_given() {
        List<Problem> problems = problemsOf(chain(4).document(), new FlowLimits(3, LIMIT));

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("nodes", "has 4 nodes; at most 3 are allowed"));
        assertThat(validate(chain(3).document(), new FlowLimits(3, LIMIT)).nodes()).hasSize(3);
    }

    @Test
    void data_over_64_KiB_is_reported_at_the_node_data() {
        JsonObject data = dataOf(LIMIT + 1);

        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP, data))
                .edge("e1", "start", "a").document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("nodes[1].data", "is 65537 bytes; at most 65536 are allowed"));
    }

    @Test
    void data_of_exactly_64_KiB_is_fine() {
        JsonObject data = dataOf(LIMIT);
        assertThat(data.utf8Length()).isEqualTo(LIMIT);

        FlowGraph graph = validate(flow(node("start", TRIGGER), node("a", STEP, data))
                .edge("e1", "start", "a").document());

        assertThat(graph.nodes().get(1).data()).isSameAs(data);
    }

    @Test
    void data_size_counts_utf8_bytes_not_characters() {
        JsonObject data = obj("text", "é".repeat(32_768));
        assertThat(data.toJson().length()).isLessThan(LIMIT);

        List<Problem> problems = problemsOf(flow(node("start", TRIGGER), node("a", STEP, data))
                .edge("e1", "start", "a").document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[1].data");
        assertThat(problems.getFirst().message()).startsWith("is " + (65_536 + 11) + " bytes");
    }

    @Test
    void every_oversized_node_is_reported_beside_too_many_nodes() {
        JsonObject big = dataOf(101);
        JsonObject document = flow(node("start", TRIGGER, big), node("a", STEP), node("b", STEP, big))
                .edge("e1", "start", "a").edge("e2", "a", "b").document();

        List<Problem> problems = problemsOf(document, new FlowLimits(2, 100));

        assertThat(problems).extracting(Problem::path).containsExactly("nodes", "nodes[0].data", "nodes[2].data");
    }

    @Test
    void limits_must_allow_one_node_with_empty_data() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FlowLimits(0, 100));
        assertThatIllegalArgumentException().isThrownBy(() -> new FlowLimits(1, 1));
        assertThat(validate(flow(node("start", TRIGGER)).document(), new FlowLimits(1, 2)).nodes()).hasSize(1);
    }
}
