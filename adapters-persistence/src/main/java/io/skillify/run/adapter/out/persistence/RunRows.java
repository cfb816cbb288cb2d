package io.skillify.run.adapter.out.persistence;

import static io.skillify.shared.adapter.out.persistence.JsonColumns.json;

import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.UnstorableOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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


    static StepState step(RunStepsRecord row) {
        return new StepState(row.getNodeId(), row.getType(), StepStatus.valueOf(row.getStatus().toUpperCase(Locale.ROOT)),
                row.getAttempt(), json(row.getOutput()), row.getHandle(), row.getError(), row.getStartedAt(),
                row.getFinishedAt(), row.getDueAt());
    }

    /** A step's row in the order of {@link RunStatements#STEP_COLUMNS}. */
    static List<Object> stepRow(UUID workspace, UUID run, StepState step) {
        List<Object> row = new ArrayList<>(List.of(workspace, run));
        row.addAll(stepValues(step));
        return row;
    }

    /** A step's values in the order of {@link RunStatements#STEP_VALUES}. */
    static List<Object> stepValues(StepState step) {
        return Arrays.asList(step.nodeId(), step.type(), status(step.status()), step.attempt(),
                json(step.output()), step.handle(), storable(step.error()), step.startedAt(), step.finishedAt(),
                step.dueAt());
    }

    /** Engine-written text (errors, log lines) as PostgreSQL can hold it: NUL and half characters become U+FFFD. */
    static String storable(String text) {
        return UnstorableOutput.storable(text);
    }
}
