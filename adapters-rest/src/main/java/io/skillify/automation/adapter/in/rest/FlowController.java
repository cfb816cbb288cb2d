package io.skillify.automation.adapter.in.rest;

import io.skillify.automation.application.port.in.GetFlowVersionQuery;
import io.skillify.automation.application.port.in.ListFlowVersionsQuery;
import io.skillify.automation.application.port.in.SaveFlowUseCase;
import io.skillify.automation.application.port.in.SaveFlowUseCase.SaveFlowCommand;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.adapter.in.rest.DataEnvelope;
import io.skillify.shared.adapter.in.rest.ListEnvelope;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceRoutes;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Saving flows and reading their versions (contract §4). */
@RestController
@RequestMapping(WorkspaceRoutes.BASE + "/automations/{automationId}")
class FlowController {

    private final SaveFlowUseCase saveFlow;
    private final ListFlowVersionsQuery listVersions;
    private final GetFlowVersionQuery getVersion;
    private final AutomationRestMapper mapper;

    FlowController(SaveFlowUseCase saveFlow, ListFlowVersionsQuery listVersions, GetFlowVersionQuery getVersion,
                   AutomationRestMapper mapper) {
        this.saveFlow = saveFlow;
        this.listVersions = listVersions;
        this.getVersion = getVersion;
        this.mapper = mapper;
    }

    @PutMapping("/flow")
    @ResponseStatus(HttpStatus.CREATED)
    DataEnvelope<FlowVersionResponse> save(WorkspaceScope scope, @PathVariable UUID automationId,
                                           @Valid @RequestBody SaveFlowRequest request) {
        var command = new SaveFlowCommand(scope.workspaceId(), new AutomationId(automationId), scope.callerId(),
                JsonDocuments.fromJackson(request.flow()), request.expectedVersion());
        return DataEnvelope.of(mapper.toResponse(saveFlow.save(command)));
    }

    @GetMapping("/versions")
    ListEnvelope<FlowVersionResponse> versions(WorkspaceScope scope, @PathVariable UUID automationId,
                                               @RequestParam(required = false) Integer limit,
                                               @RequestParam(required = false) String cursor) {
        return ListEnvelope.of(listVersions.versions(scope.workspaceId(), new AutomationId(automationId),
                PageRequest.of(limit, cursor)), mapper::toResponse);
    }

    @GetMapping("/versions/{version}")
    DataEnvelope<FlowVersionResponse> version(WorkspaceScope scope, @PathVariable UUID automationId,
                                              @PathVariable int version) {
        return DataEnvelope.of(mapper.toResponse(getVersion.version(scope.workspaceId(),
                new AutomationId(automationId), version)));
    }
}
