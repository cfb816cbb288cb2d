package io.skillify.run.adapter.out.persistence;

import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.StepStatus;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.json.JsonValue;
import java.util.Locale;
import java.util.UUID;
import org.jooq.JSONB;
import skillify.jooq.tables.records.RunStepsRecord;

/** Column conversions shared by the run repository and queries. */
final class RunRows {

    private RunRows() {
    }

    static String status(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    static RunStatus runStatus(String column) {
        return RunStatus.valueOf(column.toUpperCase(Locale.ROOT));
    }

    static JSONB json(JsonValue value) {
        return value == null ? null : JSONB.valueOf(value.toJson());
    }

    static JsonValue json(JSONB column) {
        return column == null ? null : JsonDocuments.parseTrusted(column.data());
    }

    static StepState step(RunStepsRecord row) {
        return new StepState(row.getNodeId(), row.getType(), StepStatus.valueOf(row.getStatus().toUpperCase(Locale.ROOT)),
                row.getAttempt(), json(row.getOutput()), row.getHandle(), row.getError(), row.getStartedAt(),
                row.getFinishedAt(), row.getDueAt());
    }

    static RunStepsRecord row(UUID workspace, UUID run, StepState step) {
        return new RunStepsRecord()
                .setWorkspaceId(workspace)
                .setRunId(run)
                .setNodeId(step.nodeId())
                .setType(step.type())
                .setStatus(status(step.status()))
                .setAttempt(step.attempt())
                .setOutput(json(step.output()))
                .setHandle(step.handle())
                .setError(step.error())
                .setStartedAt(step.startedAt())
                .setFinishedAt(step.finishedAt())
                .setDueAt(step.dueAt());
    }
}
