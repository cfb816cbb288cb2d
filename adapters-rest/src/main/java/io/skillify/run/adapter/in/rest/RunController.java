package io.skillify.run.adapter.in.rest;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.application.port.in.CancelRunUseCase;
import io.skillify.run.application.port.in.CompareRunsQuery;
import io.skillify.run.application.port.in.GetRunQuery;
import io.skillify.run.application.port.in.ListRunsQuery;
import io.skillify.run.application.port.in.RetryRunUseCase;
import io.skillify.run.application.port.in.RunLogsQuery;
import io.skillify.run.application.port.in.StartRunUseCase;
import io.skillify.run.application.port.in.StartRunUseCase.StartRunCommand;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.shared.adapter.in.rest.DataEnvelope;
import io.skillify.shared.adapter.in.rest.ListEnvelope;
import io.skillify.shared.adapter.in.rest.WireValues;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceRoutes;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Starting runs and reading them (contract §4). */
@RestController
@RequestMapping(WorkspaceRoutes.BASE)
class RunController {

    private static final int MAX_LOG_LINES = 1000;

    private final StartRunUseCase startRun;
    private final GetRunQuery getRun;
    private final ListRunsQuery listRuns;
    private final RunLogsQuery runLogs;
    private final CancelRunUseCase cancelRun;
    private final RunLogStreams streams;
    private final RetryRunUseCase retryRun;
    private final CompareRunsQuery compareRuns;
    private final RunRestMapper mapper;

    RunController(StartRunUseCase startRun, GetRunQuery getRun, ListRunsQuery listRuns, RunLogsQuery runLogs,
                  CancelRunUseCase cancelRun, RunLogStreams streams, RetryRunUseCase retryRun,
                  CompareRunsQuery compareRuns, RunRestMapper mapper) {
        this.retryRun = retryRun;
        this.compareRuns = compareRuns;
        this.streams = streams;
        this.startRun = startRun;
        this.cancelRun = cancelRun;
        this.getRun = getRun;
        this.listRuns = listRuns;
        this.runLogs = runLogs;
        this.mapper = mapper;
    }

    @PostMapping("/automations/{automationId}/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DataEnvelope<RunResponse> start(WorkspaceScope scope, @PathVariable UUID automationId,
                                    @Valid @RequestBody(required = false) StartRunRequest request) {
        var command = new StartRunCommand(scope.workspaceId(), new AutomationId(automationId), scope.callerId(),
                request == null || request.input() == null ? null : JsonDocuments.fromJackson(request.input()),
                request == null ? null : request.version());
        return DataEnvelope.of(mapper.toResponse(startRun.start(command)));
    }

    @GetMapping("/automations/{automationId}/runs")
    ListEnvelope<RunResponse> list(WorkspaceScope scope, @PathVariable UUID automationId,
                                   @RequestParam(required = false) String status,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) String cursor) {
        return ListEnvelope.of(listRuns.runs(scope.workspaceId(), new AutomationId(automationId), status(status),
                instant("from", from), instant("to", to), PageRequest.of(limit, cursor)), mapper::toResponse);
    }

    @GetMapping("/runs/{runId}")
    DataEnvelope<RunResponse> get(WorkspaceScope scope, @PathVariable UUID runId) {
        return DataEnvelope.of(mapper.toResponse(getRun.run(scope.workspaceId(), new RunId(runId))));
    }

    @PostMapping("/runs/{runId}/cancel")
    DataEnvelope<RunResponse> cancel(WorkspaceScope scope, @PathVariable UUID runId) {
        return DataEnvelope.of(mapper.toResponse(cancelRun.cancel(scope.workspaceId(), new RunId(runId),
                scope.callerId())));
    }

    @PostMapping("/runs/{runId}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DataEnvelope<RunResponse> retry(WorkspaceScope scope, @PathVariable UUID runId,
                                    @Valid @RequestBody RetryRunRequest request) {
        return DataEnvelope.of(mapper.toResponse(retryRun.retry(scope.workspaceId(), new RunId(runId),
                scope.callerId(), WireValues.parseEnum(RetryRunUseCase.From.class, request.from()))));
    }

    @GetMapping("/runs/compare")
    DataEnvelope<RunComparisonResponse> compare(WorkspaceScope scope, @RequestParam UUID base,
                                                @RequestParam UUID head) {
        return DataEnvelope.of(mapper.toResponse(compareRuns.compare(scope.workspaceId(), new RunId(base),
                new RunId(head))));
    }

    @GetMapping(path = "/runs/{runId}/logs/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(WorkspaceScope scope, @PathVariable UUID runId,
                      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        RunId id = new RunId(runId);
        getRun.run(scope.workspaceId(), id);
        return streams.open(scope.callerId(), scope.workspaceId(), id, resumeAfter(lastEventId));
    }

    @GetMapping("/runs/{runId}/logs")
    ListEnvelope<LogLineResponse> logs(WorkspaceScope scope, @PathVariable UUID runId,
                                       @RequestParam(defaultValue = "0") long after) {
        return ListEnvelope.of(runLogs.logs(scope.workspaceId(), new RunId(runId), Math.max(0, after), MAX_LOG_LINES)
                .stream().map(mapper::toResponse).toList());
    }

    private static long resumeAfter(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(lastEventId.strip()));
        } catch (NumberFormatException notOurs) {
            throw InvalidInputException.of("Last-Event-ID", "must be the id of an event of this stream");
        }
    }

    private static RunStatus status(String wire) {
        try {
            return WireValues.parseEnum(RunStatus.class, wire);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("status", "must be one of: queued, running, succeeded, failed, cancelled");
        }
    }

    private static Instant instant(String name, String wire) {
        try {
            return wire == null || wire.isBlank() ? null : Instant.parse(wire);
        } catch (DateTimeParseException malformed) {
            throw InvalidInputException.of(name, "must be an ISO-8601 UTC timestamp such as 2026-11-22T10:00:00Z");
        }
    }
}
