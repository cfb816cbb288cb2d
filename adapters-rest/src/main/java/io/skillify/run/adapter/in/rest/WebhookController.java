package io.skillify.run.adapter.in.rest;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.application.port.in.StartRunFromWebhookUseCase;
import io.skillify.shared.adapter.in.rest.DataEnvelope;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.NotFoundException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Webhook triggers (contract §4): no credentials, the token in the path is the secret, the JSON body the input. */
@RestController
class WebhookController {

    private final StartRunFromWebhookUseCase startRun;

    WebhookController(StartRunFromWebhookUseCase startRun) {
        this.startRun = startRun;
    }

    @PostMapping("/api/hooks/{automationId}/{token}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DataEnvelope<WebhookRunResponse> hook(@PathVariable String automationId, @PathVariable String token,
                                         @RequestBody(required = false) JsonNode body) {
        UUID id;
        try {
            id = UUID.fromString(automationId);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("Webhook");
        }
        var runId = startRun.start(new AutomationId(id), token,
                body == null || body.isNull() || body.isMissingNode() ? null : JsonDocuments.fromJackson(body));
        return DataEnvelope.of(new WebhookRunResponse(runId.value()));
    }
}
