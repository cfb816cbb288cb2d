package io.skillify.run.application;

import io.skillify.automation.application.port.in.CheckRunInputQuery;
import io.skillify.automation.application.port.in.WebhookTargetQuery;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.run.application.port.in.StartRunFromWebhookUseCase;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Clock;

@UseCase
class StartRunFromWebhookService implements StartRunFromWebhookUseCase {

    private final WebhookTargetQuery webhooks;
    private final CheckRunInputQuery inputs;
    private final FlowCache flows;
    private final RunLauncher launcher;
    private final Clock clock;

    StartRunFromWebhookService(RunRepository runs, WebhookTargetQuery webhooks, CheckRunInputQuery inputs,
                               FlowCache flows, RunDispatcher dispatcher, TransactionRunner transactions, Clock clock) {
        this.webhooks = webhooks;
        this.inputs = inputs;
        this.flows = flows;
        this.launcher = new RunLauncher(runs, dispatcher, transactions);
        this.clock = clock;
    }

    @Override
    public RunId start(AutomationId automation, String token, JsonValue input) {
        WebhookTargetQuery.Target target = webhooks.target(automation, token)
                .orElseThrow(() -> new NotFoundException("Webhook"));
        FlowGraph flow = flows.flow(target.workspace(), automation, target.version());
        JsonValue body = input == null ? JsonObject.EMPTY : input;
        inputs.check(flow, body);
        Run run = Run.queue(new RunId(Ids.next()), target.workspace(), automation, target.version(), flow, body, null,
                clock.instant());
        return launcher.launch(run, target.trigger(), null).id();
    }
}
