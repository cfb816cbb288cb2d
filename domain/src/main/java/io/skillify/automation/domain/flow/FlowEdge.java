package io.skillify.automation.domain.flow;

/** An edge of a valid flow; {@code sourceHandle} is {@code default} where the document left it out. */
public record FlowEdge(String id, String source, String target, String sourceHandle) {
}
