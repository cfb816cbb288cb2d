package io.skillify.automation.adapter.in.rest;

import io.skillify.automation.domain.view.AutomationView;
import io.skillify.automation.application.port.in.ChangeAutomationUseCase;
import io.skillify.automation.application.port.in.ChangeAutomationUseCase.ChangeAutomationCommand;
import io.skillify.automation.application.port.in.CreateAutomationUseCase;
import io.skillify.automation.application.port.in.CreateAutomationUseCase.CreateAutomationCommand;
import io.skillify.automation.application.port.in.DeleteAutomationUseCase;
import io.skillify.automation.application.port.in.GetAutomationQuery;
import io.skillify.automation.application.port.in.ListAutomationsQuery;
import io.skillify.automation.application.port.in.RotateWebhookTokenUseCase;
import io.skillify.automation.domain.AutomationDescription;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.AutomationName;
import io.skillify.shared.adapter.in.rest.DataEnvelope;
import io.skillify.shared.adapter.in.rest.ListEnvelope;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.workspace.adapter.in.rest.api.RequiresRole;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceRoutes;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import io.skillify.workspace.domain.Role;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Automations of a workspace (contract §4). */
@RestController
@RequestMapping(WorkspaceRoutes.BASE + "/automations")
class AutomationController {

    private final CreateAutomationUseCase createAutomation;
    private final ListAutomationsQuery listAutomations;
    private final GetAutomationQuery getAutomation;
    private final ChangeAutomationUseCase changeAutomation;
    private final DeleteAutomationUseCase deleteAutomation;
    private final RotateWebhookTokenUseCase rotateWebhookToken;
    private final AutomationRestMapper mapper;

    AutomationController(CreateAutomationUseCase createAutomation, ListAutomationsQuery listAutomations,
                         GetAutomationQuery getAutomation, ChangeAutomationUseCase changeAutomation,
                         DeleteAutomationUseCase deleteAutomation, RotateWebhookTokenUseCase rotateWebhookToken,
                         AutomationRestMapper mapper) {
        this.createAutomation = createAutomation;
        this.listAutomations = listAutomations;
        this.getAutomation = getAutomation;
        this.changeAutomation = changeAutomation;
        this.deleteAutomation = deleteAutomation;
        this.rotateWebhookToken = rotateWebhookToken;
        this.mapper = mapper;
    }

    @GetMapping
    ListEnvelope<AutomationResponse> list(WorkspaceScope scope, @RequestParam(required = false) String q,
                                          @RequestParam(required = false) Integer limit,
                                          @RequestParam(required = false) String cursor) {
        return ListEnvelope.of(listAutomations.automations(scope.workspaceId(), q, PageRequest.of(limit, cursor)),
                mapper::toResponse);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DataEnvelope<AutomationResponse> create(WorkspaceScope scope, @Valid @RequestBody CreateAutomationRequest request) {
        var command = new CreateAutomationCommand(scope.workspaceId(), scope.callerId(),
                new AutomationName(request.name()), new AutomationDescription(request.description()),
                request.flow() == null || request.flow().isNull() ? null : JsonDocuments.fromJackson(request.flow()));
        return DataEnvelope.of(withWebhook(createAutomation.create(command)));
    }

    @GetMapping("/{automationId}")
    DataEnvelope<AutomationResponse> get(WorkspaceScope scope, @PathVariable UUID automationId) {
        return DataEnvelope.of(withWebhook(getAutomation.automation(scope.workspaceId(), new AutomationId(automationId))));
    }

    @PatchMapping("/{automationId}")
    DataEnvelope<AutomationResponse> change(WorkspaceScope scope, @PathVariable UUID automationId,
                                            @Valid @RequestBody ChangeAutomationRequest request) {
        var command = new ChangeAutomationCommand(scope.workspaceId(), new AutomationId(automationId),
                request.name() == null ? null : new AutomationName(request.name()),
                request.description() == null ? null : new AutomationDescription(request.description()),
                request.enabled());
        return DataEnvelope.of(withWebhook(changeAutomation.change(command)));
    }

    @DeleteMapping("/{automationId}")
    @RequiresRole(Role.ADMIN)
    DataEnvelope<DeletedAutomationResponse> delete(WorkspaceScope scope, @PathVariable UUID automationId) {
        deleteAutomation.delete(scope.workspaceId(), new AutomationId(automationId), scope.callerId());
        return DataEnvelope.of(new DeletedAutomationResponse(automationId, true));
    }

    @PostMapping("/{automationId}/webhook/rotate")
    @RequiresRole(Role.ADMIN)
    DataEnvelope<AutomationResponse> rotateWebhook(WorkspaceScope scope, @PathVariable UUID automationId) {
        return DataEnvelope.of(withWebhook(rotateWebhookToken.rotateWebhookToken(scope.workspaceId(),
                new AutomationId(automationId))));
    }

    private AutomationResponse withWebhook(AutomationView view) {
        AutomationResponse response = mapper.toResponse(view);
        if (view.webhookToken() == null) {
            return response;
        }
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .pathSegment("api", "hooks", view.id().toString(), view.webhookToken())
                .toUriString();
        return new AutomationResponse(response.id(), response.workspaceId(), response.name(), response.description(),
                response.enabled(), response.currentVersion(), response.flow(),
                new AutomationResponse.Webhook(view.webhookToken(), url), response.createdBy(), response.createdAt(),
                response.updatedAt());
    }
}
