package io.skillify.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a React Flow editor exports (positions, sizes, selection, styles…) is what it gets back. */
class ReactFlowRoundTripTest extends IntegrationTest {

    private static final String EXPORTED = """
            {
              "nodes": [
                {"id": "start", "type": "trigger.manual", "name": "Start",
                 "position": {"x": 0, "y": 0}, "positionAbsolute": {"x": 0, "y": 0},
                 "data": {"label": "When I click run"}, "width": 150, "height": 40,
                 "selected": false, "dragging": false, "measured": {"width": 150, "height": 40}},
                {"id": "check", "type": "logic.condition",
                 "position": {"x": 120.5, "y": -80.25},
                 "data": {"label": "Big order?", "expression": "input.amount > 100"},
                 "style": {"background": "#fff", "border": "1px solid #222"}, "zIndex": 3},
                {"id": "big", "type": "data.transform", "position": {"x": 300, "y": 1e2},
                 "data": {"set": {"tier": "'gold'", "note": "'ünïcødé ✓ 🚀'"}}},
                {"id": "ask", "type": "worker.task", "position": {"x": 300, "y": 200},
                 "data": {"title": "Review order", "requiredCapabilities": ["review"], "context": {"n": 1.50}}}
              ],
              "edges": [
                {"id": "e1", "source": "start", "target": "check", "sourceHandle": null, "targetHandle": null,
                 "type": "smoothstep", "animated": true},
                {"id": "e2", "source": "check", "target": "big", "sourceHandle": "true",
                 "label": "yes", "markerEnd": {"type": "arrowclosed"}},
                {"id": "e3", "source": "check", "target": "ask", "sourceHandle": "false", "style": {"stroke": "red"}}
              ],
              "viewport": {"x": 12, "y": -4, "zoom": 0.75}
            }""";

    @Test
    void anExportedFlowSavesAndReadsBackUnchanged() {
        Caller editor = newAccount("react-flow-editor");
        UUID workspace = newWorkspace(editor);
        JsonNode exported = JsonMapper.builder().build().readTree(EXPORTED);
        ApiResponse created = editor.api().post("/api/" + workspace + "/automations",
                Map.of("name", "Round trip", "flow", exported));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.data().get("id").asString();

        JsonNode current = editor.api().get("/api/" + workspace + "/automations/" + id).data().get("flow");
        JsonNode version = editor.api().get("/api/" + workspace + "/automations/" + id + "/versions/1")
                .data().get("flow");

        assertThat(current).isEqualTo(exported);
        assertThat(version).isEqualTo(exported);
        assertThat(current.get("nodes").get(1).get("position").get("x").decimalValue())
                .isEqualByComparingTo("120.5");
    }
}
