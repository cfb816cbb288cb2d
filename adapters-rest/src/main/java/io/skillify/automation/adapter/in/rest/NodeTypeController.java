package io.skillify.automation.adapter.in.rest;

import io.skillify.automation.application.port.in.ListNodeTypesQuery;
import io.skillify.shared.adapter.in.rest.ListEnvelope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The node-type catalog (contract §4): what a flow may contain. */
@RestController
class NodeTypeController {

    private final ListNodeTypesQuery nodeTypes;
    private final AutomationRestMapper mapper;

    NodeTypeController(ListNodeTypesQuery nodeTypes, AutomationRestMapper mapper) {
        this.nodeTypes = nodeTypes;
        this.mapper = mapper;
    }

    @GetMapping("/api/node-types")
    ListEnvelope<NodeTypeResponse> nodeTypes() {
        return ListEnvelope.of(nodeTypes.nodeTypes().stream().map(mapper::toResponse).toList());
    }
}
