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

/** Starts a run from {@code POST …/runs}; an optional {@code inputSchema} checks the run input. */
public final class ManualTrigger implements TriggerType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("trigger.manual", 1,
            NodeCategory.TRIGGER, "Starts a run when someone asks for one; the request's input becomes the run input",
            triggerWithInput("the run input"),
            NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofSeconds(5));

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public TriggerFiring firing() {
        return TriggerFiring.MANUAL;
    }

    @Override
    public List<Problem> checkData(JsonObject data, String path) {
        return inputSchemaProblems(data, path);
    }
}
