package io.skillify.automation.domain.flow;

import io.skillify.shared.domain.json.JsonObject;

/** A node of a valid flow. */
public record FlowNode(String id, String type, JsonObject data) {
}
