package io.skillify.automation.application.nodetype.builtin;

import static io.skillify.automation.application.nodetype.spi.NodeSchemas.inputSchemaProblems;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.triggerWithInput;

import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.TriggerFiring;
import io.skillify.automation.domain.nodetype.TriggerType;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Duration;
import java.util.List;

/**
 * Starts a run from {@code POST /api/hooks/{automationId}/{token}}; the JSON body becomes the run input. The token
 * belongs to the automation (shown while its current flow has this trigger, replaced by the rotate route).
 */
public final class WebhookTrigger implements TriggerType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("trigger.webhook", 1,
            NodeCategory.TRIGGER, "Starts a run when the automation's secret webhook URL receives a JSON POST",
            triggerWithInput("the posted body"),
            NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofSeconds(5));

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public TriggerFiring firing() {
        return TriggerFiring.WEBHOOK;
    }

    @Override
    public List<Problem> checkData(JsonObject data, String path) {
        return inputSchemaProblems(data, path);
    }
}
