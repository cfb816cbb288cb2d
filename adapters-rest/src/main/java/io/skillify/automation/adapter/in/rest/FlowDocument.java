package io.skillify.automation.adapter.in.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.Map;

/**
 * The documented shape of a flow (contract §4): the graph React Flow editors save. Controllers read and write flows as
 * JSON trees and validate them in the domain; this record only tells the OpenAPI document what a flow looks like.
 * Other fields a React Flow editor saves are kept as they are.
 */
@Schema(name = "Flow", description = "A directed graph in the shape React Flow editors save")
record FlowDocument(
        @Schema(requiredMode = RequiredMode.REQUIRED) List<Node> nodes,
        List<Edge> edges) {

    @Schema(name = "FlowNode")
    record Node(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Unique within the flow") String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "A registered node type, e.g. http.request")
            String type,
            String name,
            Position position,
            @Schema(description = "The node's settings, checked against its type's dataSchema")
            Map<String, Object> data) {
    }

    @Schema(name = "FlowPosition")
    record Position(
            @Schema(requiredMode = RequiredMode.REQUIRED) double x,
            @Schema(requiredMode = RequiredMode.REQUIRED) double y) {
    }

    @Schema(name = "FlowEdge")
    record Edge(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Unique within the flow") String id,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The id of the node it leaves") String source,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The id of the node it enters") String target,
            @Schema(description = "The output of the source node it leaves by; without it, default",
                    types = {"string", "null"})
            String sourceHandle,
            String targetHandle) {
    }
}
