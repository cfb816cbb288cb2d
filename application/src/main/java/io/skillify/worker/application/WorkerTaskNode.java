package io.skillify.worker.application;

import static io.skillify.automation.application.nodetype.spi.NodeSchemas.EDITOR_PROPERTIES;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.schema;

import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.automation.application.expression.ExpressionException;
import io.skillify.automation.application.expression.Expressions;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.worker.application.port.in.WorkerTaskSettings;
import io.skillify.worker.application.port.out.InstructionQueue;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.domain.Capabilities;
import io.skillify.worker.domain.FlowStepOrigin;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.TaskSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code worker.task}: creates a task for external workers (once per run step, however often it is executed),
 * then waits without a thread: the step is woken when the task ends (the engine keeps a wake-up that arrives while
 * it still holds the step, see {@code RunRepository#wake}). As a safety net only, the step also looks at its task
 * again every {@link WorkerTaskSettings#recheck()}. The worker's {@code output} becomes the step's. There is no
 * {@code retry} setting: a failed task is the worker's verdict, and a task is made once per step.
 */
public final class WorkerTaskNode implements NodeType {

    public static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("worker.task", 1,
            NodeCategory.HUMAN, "Hands a task to a worker and continues with the worker's output", schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["title"],
                      "properties": {
                        %s,
                        "timeoutMs": {"type": "integer", "minimum": 1, "maximum": 604800000,
                                      "description": "How long to wait for a worker's verdict (default 7 days)"},
                        "title": {"type": "string", "minLength": 1, "maxLength": 200,
                                  "description": "Template; {{expression}} parts are evaluated over the run context"},
                        "description": {"type": "string", "maxLength": 20000, "description": "Template, as title"},
                        "priority": {"type": "integer", "minimum": -1000, "maximum": 1000, "default": 0},
                        "requiredCapabilities": {
                          "type": "array",
                          "maxItems": 50,
                          "uniqueItems": true,
                          "items": {"type": "string", "pattern": "^%s$"}
                        },
                        "context": {
                          "type": "object",
                          "description": "Handed to the worker as the task's context; every string in it is a template (a command string is split into arguments first)"
                        }
                      }
                    }""".formatted(EDITOR_PROPERTIES, Capabilities.REGEX)),
            NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofDays(7));

    private final TaskRepository tasks;
    private final Expressions expressions;
    private final TaskCancellation cancellation;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;
    private final Duration recheck;

    WorkerTaskNode(TaskRepository tasks, WorkerRepository workers, InstructionQueue instructions,
                   TransactionRunner transactions, DomainEventPublisher events, Expressions expressions, Clock clock,
                   WorkerTaskSettings settings) {
        this.tasks = tasks;
        this.expressions = expressions;
        this.cancellation = new TaskCancellation(tasks, workers, instructions, events);
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.recheck = settings.recheck();
    }

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Problem> checkData(JsonObject data, String path) {
        List<Problem> problems = new ArrayList<>();
        for (String field : List.of("title", "description", "context")) {
            data.get(field).ifPresent(value -> problems.addAll(expressions.templateProblemsIn(value, path + "." + field)));
        }
        data.get("context").filter(JsonObject.class::isInstance)
                .flatMap(context -> ((JsonObject) context).get("command"))
                .ifPresent(command -> {
                    try {
                        TaskCommandLines.read(command, path + ".context.command");
                    } catch (InvalidInputException invalid) {
                        problems.addAll(invalid.problems());
                    }
                });
        return problems;
    }

    @Override
    public StepResult execute(StepContext context) {
        FlowStepOrigin origin = originOf(context);
        TaskSpec spec;
        try {
            spec = specOf(new TaskTemplates(expressions, context).render(context.data()));
        } catch (ExpressionException | InvalidInputException invalid) {
            return StepResult.failed("the task could not be made: " + invalid.getMessage(), false);
        }
        Task wanted = Task.create(new TaskId(Ids.next()), context.workspaceId(), spec, origin, null, context.now());
        Task task = transactions.inTransaction(() -> {
            Task stored = tasks.insertForStep(wanted);
            if (stored.id().equals(wanted.id())) {
                events.publish(stored.created());
                context.log("info", "Task " + stored.id() + " created for a worker");
            }
            return stored;
        });
        return outcome(task, context);
    }

    @Override
    public StepResult resume(StepContext context) {
        return tasks.findByOrigin(originOf(context))
                .map(task -> outcome(task, context))
                .orElseGet(() -> execute(context));
    }

    @Override
    public void cancelled(String runId, String nodeId) {
        transactions.inTransaction(() -> tasks.findByOrigin(new FlowStepOrigin(UUID.fromString(runId), nodeId))
                .flatMap(found -> tasks.lock(found.id()))
                .filter(task -> !task.status().isTerminal())
                .ifPresent(task -> cancellation.cancel(task, "run ended", clock.instant())));
    }

    private StepResult outcome(Task task, StepContext context) {
        return switch (task.status()) {
            case COMPLETED -> StepResult.completed(task.output() == null ? JsonObject.EMPTY : task.output());
            case FAILED -> StepResult.failed("the worker failed the task: " + task.error(), false);
            case CANCELLED -> StepResult.failed("the task was cancelled", false);
            case PENDING, ASSIGNED, IN_PROGRESS -> waitFor(task, context);
        };
    }

    private StepResult waitFor(Task task, StepContext context) {
        Instant deadline = context.stepStartedAt().plus(timeout(context.data()));
        if (!context.now().isBefore(deadline)) {
            cancelled(context.runId(), context.nodeId());
            return StepResult.failed("no worker finished task " + task.id() + " in time", false);
        }
        Instant next = context.now().plus(recheck);
        return StepResult.waitUntil(next.isBefore(deadline) ? next : deadline);
    }

    private static FlowStepOrigin originOf(StepContext context) {
        return new FlowStepOrigin(UUID.fromString(context.runId()), context.nodeId());
    }

    private static Duration timeout(JsonObject data) {
        return data.get("timeoutMs").filter(JsonNumber.class::isInstance)
                .map(value -> Duration.ofMillis(((JsonNumber) value).value().longValue()))
                .orElse(DESCRIPTOR.timeout());
    }

    private static TaskSpec specOf(JsonObject data) {
        return new TaskSpec(data.string("title").orElse(""), data.string("description").orElse(null),
                data.get("priority").filter(JsonNumber.class::isInstance)
                        .map(value -> ((JsonNumber) value).value().intValue()).orElse(0),
                data.get("requiredCapabilities").filter(JsonArray.class::isInstance)
                        .map(value -> ((JsonArray) value).items().stream()
                                .filter(JsonString.class::isInstance)
                                .map(item -> ((JsonString) item).value())
                                .toList())
                        .orElse(List.of()),
                data.get("context").filter(JsonObject.class::isInstance).map(JsonObject.class::cast).orElse(null));
    }
}
