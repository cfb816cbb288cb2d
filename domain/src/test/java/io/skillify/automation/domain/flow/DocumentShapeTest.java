package io.skillify.automation.domain.flow;

import static io.skillify.automation.domain.flow.Flows.arr;
import static io.skillify.automation.domain.flow.Flows.edgeOf;
import static io.skillify.automation.domain.flow.Flows.flow;
import static io.skillify.automation.domain.flow.Flows.node;
import static io.skillify.automation.domain.flow.Flows.obj;
import static io.skillify.automation.domain.flow.Flows.problemsOf;
import static io.skillify.automation.domain.flow.Flows.validate;
import static io.skillify.automation.domain.flow.Flows.with;
import static io.skillify.automation.domain.flow.Flows.without;
import static io.skillify.automation.domain.flow.TestCatalog.STEP;
import static io.skillify.automation.domain.flow.TestCatalog.TRIGGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonNull;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** FlowReader: the React Flow shape {@code {nodes: [...], edges: [...]}}, read leniently and reported precisely. */
class DocumentShapeTest {

    private static final JsonObject START = node("start", TRIGGER);

    static Stream<JsonValue> notObjects() {
        return Stream.of(arr(), arr(START), Flows.json("flow"), Flows.json(42), Flows.json(true), JsonNull.INSTANCE);
    }

    @ParameterizedTest
    @MethodSource("notObjects")
    void a_document_that_is_not_an_object_is_reported_at_the_root_and_nothing_else(JsonValue document) {
        List<Problem> problems = problemsOf(document);

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("", "must be a JSON object with nodes and edges"));
    }

    @Test
    void missing_nodes_are_reported_once_not_again_as_a_missing_trigger() {
        List<Problem> problems = problemsOf(obj("edges", arr()));

        assertThat(problems).extracting(Problem::path).containsExactly("nodes");
        assertThat(problems.get(0).message()).isEqualTo("is required");
    }

    @Test
    void nodes_that_are_not_an_array_are_reported() {
        List<Problem> problems = problemsOf(obj("nodes", obj("start", START), "edges", arr()));

        assertThat(problems).extracting(Problem::path).containsExactly("nodes");
        assertThat(problems.get(0).message()).isEqualTo("must be an array");
    }

    @Test
    void edges_that_are_not_an_array_are_reported() {
        List<Problem> problems = problemsOf(obj("nodes", arr(START), "edges", obj("e1", "start")));

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("edges", "must be an array"));
    }

    @Test
    void missing_edges_are_fine() {
        FlowGraph graph = validate(obj("nodes", arr(START)));

        assertThat(graph.nodes()).extracting(FlowNode::id).containsExactly("start");
        assertThat(graph.edges()).isEmpty();
    }

    @Test
    void a_node_that_is_not_an_object_is_reported_by_its_index() {
        List<Problem> problems = problemsOf(flow(START, Flows.json(42), arr()).document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("nodes[1]", "must be an object"), tuple("nodes[2]", "must be an object"));
    }

    static Stream<Arguments> badTexts() {
        return Stream.of(
                Arguments.of(null, "is required"),
                Arguments.of(JsonNull.INSTANCE, "is required"),
                Arguments.of("", "must be a non-empty string"),
                Arguments.of("   ", "must be a non-empty string"),
                Arguments.of(7, "must be a non-empty string"),
                Arguments.of(obj(), "must be a non-empty string"),
                Arguments.of("x".repeat(201), "must be at most 200 characters"));
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void a_node_id_must_be_a_non_empty_string(Object id, String message) {
        JsonObject node = id == null ? without(node("x", STEP), "id") : with(node("x", STEP), "id", id);

        List<Problem> problems = problemsOf(flow(node, START).document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("nodes[0].id", message));
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void a_node_type_must_be_a_non_empty_string(Object type, String message) {
        JsonObject node = type == null ? without(node("x", STEP), "type") : with(node("x", STEP), "type", type);

        List<Problem> problems = problemsOf(flow(node, START).edge("e1", "start", "x").document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("nodes[0].type", message));
    }

    @Test
    void an_id_of_exactly_200_characters_is_fine() {
        String id = "x".repeat(200);

        FlowGraph graph = validate(flow(START, node(id, STEP)).edge("e1", "start", id).document());

        assertThat(graph.nodes()).extracting(FlowNode::id).containsExactly("start", id);
    }

    @Test
    void node_data_must_be_an_object() {
        List<Problem> problems = problemsOf(flow(
                START,
                with(node("a", STEP), "data", arr()),
                with(node("b", STEP), "data", "text"))
                .edge("e1", "start", "a").edge("e2", "start", "b").document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("nodes[1].data", "must be an object"),
                        tuple("nodes[2].data", "must be an object"));
    }

    @Test
    void missing_data_reads_as_an_empty_object() {
        FlowGraph graph = validate(flow(without(START, "data")).document());

        assertThat(graph.nodes().getFirst().data()).isEqualTo(JsonObject.EMPTY);
    }

    static Stream<JsonValue> badPositions() {
        return Stream.of(Flows.json("0,0"), arr(0, 0), obj("x", 0), obj("y", 0), obj("x", "0", "y", 0),
                obj("x", 0, "y", null), JsonNull.INSTANCE);
    }

    @ParameterizedTest
    @MethodSource("badPositions")
    void a_position_must_have_numeric_x_and_y(JsonValue position) {
        List<Problem> problems = problemsOf(flow(with(START, "position", position)).document());

        assertThat(problems).extracting(Problem::path).containsExactly("nodes[0].position");
        assertThat(problems.getFirst().message()).isEqualTo("must be an object with numeric x and y");
    }

    @Test
    void position_is_optional_and_other_editor_fields_are_ignored() {
        JsonObject editorNode = with(with(without(node("a", STEP), "position"), "selected", true),
                "measured", obj("width", 150, "height", 40));
        JsonObject document = with(flow(START, editorNode).edge("e1", "start", "a").document(),
                "viewport", obj("x", 0, "y", 0, "zoom", 1));

        assertThat(validate(document).document()).isSameAs(document);
    }

    @Test
    void an_edge_that_is_not_an_object_is_reported_by_its_index() {
        List<Problem> problems = problemsOf(flow(START).edge(Flows.json("start->a")).document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("edges[0]", "must be an object"));
    }

    @Test
    void an_edge_needs_an_id_a_source_and_a_target() {
        List<Problem> problems = problemsOf(flow(START, node("a", STEP))
                .edge(without(edgeOf("e0", "start", "a"), "source"))
                .edge(without(edgeOf("e1", "start", "a"), "target"))
                .edge(without(edgeOf("e2", "start", "a"), "id"))
                .edge(with(edgeOf("e3", "start", "a"), "source", " "))
                .edge("e4", "start", "a")
                .document());

        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                tuple("edges[0].source", "is required"),
                tuple("edges[1].target", "is required"),
                tuple("edges[2].id", "is required"),
                tuple("edges[3].source", "must be a non-empty string"));
    }

    static Stream<JsonValue> badHandles() {
        return Stream.of(Flows.json(1), Flows.json(false), arr("default"), obj("id", "default"));
    }

    @ParameterizedTest
    @MethodSource("badHandles")
    void a_source_handle_must_be_a_string_or_null(JsonValue handle) {
        List<Problem> problems = problemsOf(flow(START, node("a", STEP))
                .edge(with(edgeOf("e0", "start", "a"), "sourceHandle", handle)).document());

        assertThat(problems).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("edges[0].sourceHandle", "must be a string or null"));
    }

    @Test
    void a_null_source_handle_is_the_same_as_none() {
        FlowGraph graph = validate(flow(START, node("a", STEP))
                .edge(with(edgeOf("e0", "start", "a"), "sourceHandle", null)).document());

        assertThat(graph.edges()).extracting(FlowEdge::sourceHandle).containsExactly("default");
    }

    @Test
    void every_shape_problem_is_reported_not_only_the_first() {
        List<Problem> problems = problemsOf(flow(
                without(without(node("a", STEP), "id"), "type"),
                with(START, "position", "top-left"),
                Flows.json("c"))
                .edge(with(edgeOf("e1", "start", "a"), "sourceHandle", 3))
                .document());

        assertThat(problems).extracting(Problem::path).containsExactly(
                "nodes[0].id", "nodes[0].type", "nodes[1].position", "nodes[2]", "edges[0].sourceHandle",
                "edges[0].target");
    }
}
