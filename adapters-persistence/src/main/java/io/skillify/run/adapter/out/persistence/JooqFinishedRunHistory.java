package io.skillify.run.adapter.out.persistence;

import static skillify.jooq.Tables.RUNS;
import static skillify.jooq.Tables.RUN_STEPS;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.application.port.out.FinishedRunHistory;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.StepOutcome;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectLimitStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finished runs rebuilt as the {@link RunFinished} their end published: the same duration rules as {@code Run.end}
 * (run: from its start to its end; step: from its first start to its end, none when it never started). Reads only
 * the columns it needs (never a step's output).
 */
@Repository
class JooqFinishedRunHistory implements FinishedRunHistory {

    private static final List<String> FINISHED = List.of(RunRows.status(RunStatus.SUCCEEDED),
            RunRows.status(RunStatus.FAILED), RunRows.status(RunStatus.CANCELLED));

    private final DSLContext db;

    JooqFinishedRunHistory(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<RunFinished> after(RunId after, int limit) {
        Condition condition = RUNS.STATUS.in(FINISHED);
        if (after != null) {
            condition = condition.and(RUNS.ID.gt(after.value()));
        }
        return withSteps(runs(condition).limit(limit).fetch());
    }

    @Override
    @Transactional(readOnly = true)
    public List<RunFinished> of(Collection<RunId> runs) {
        return withSteps(runs(RUNS.STATUS.in(FINISHED).and(RUNS.ID.in(runs.stream().map(RunId::value).toList())))
                .fetch());
    }

    private SelectLimitStep<? extends Record> runs(Condition condition) {
        return db.select(RUNS.WORKSPACE_ID, RUNS.ID, RUNS.AUTOMATION_ID, RUNS.VERSION, RUNS.STATUS, RUNS.ERROR,
                        RUNS.CREATED_AT, RUNS.STARTED_AT, RUNS.FINISHED_AT)
                .from(RUNS).where(condition).orderBy(RUNS.ID);
    }

    private List<RunFinished> withSteps(Result<? extends Record> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<StepOutcome>> steps = db.select(RUN_STEPS.RUN_ID, RUN_STEPS.NODE_ID, RUN_STEPS.TYPE,
                        RUN_STEPS.STATUS, RUN_STEPS.ATTEMPT, RUN_STEPS.STARTED_AT, RUN_STEPS.FINISHED_AT)
                .from(RUN_STEPS)
                .where(RUN_STEPS.WORKSPACE_ID.in(runs.stream().map(run -> run.get(RUNS.WORKSPACE_ID)).distinct().toList()))
                .and(RUN_STEPS.RUN_ID.in(runs.map(run -> run.get(RUNS.ID))))
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(step -> step.get(RUN_STEPS.RUN_ID),
                        Collectors.mapping(JooqFinishedRunHistory::outcome, Collectors.toList())));
        return runs.map(run -> finished(run, steps.getOrDefault(run.get(RUNS.ID), List.of())));
    }

    private static RunFinished finished(Record run, List<StepOutcome> steps) {
        Instant finishedAt = run.get(RUNS.FINISHED_AT);
        Instant startedAt = run.get(RUNS.STARTED_AT) == null ? finishedAt : run.get(RUNS.STARTED_AT);
        long durationMs = startedAt == null || finishedAt == null ? 0 : Duration.between(startedAt, finishedAt).toMillis();
        return new RunFinished(new WorkspaceId(run.get(RUNS.WORKSPACE_ID)), new RunId(run.get(RUNS.ID)),
                new AutomationId(run.get(RUNS.AUTOMATION_ID)), run.get(RUNS.VERSION), RunRows.runStatus(run.get(RUNS.STATUS)),
                run.get(RUNS.ERROR), run.get(RUNS.CREATED_AT), startedAt, finishedAt, durationMs, steps);
    }

    private static StepOutcome outcome(Record step) {
        Instant started = step.get(RUN_STEPS.STARTED_AT);
        Instant finished = step.get(RUN_STEPS.FINISHED_AT);
        Long duration = started == null || finished == null ? null : Duration.between(started, finished).toMillis();
        return new StepOutcome(step.get(RUN_STEPS.NODE_ID), step.get(RUN_STEPS.TYPE),
                StepStatus.valueOf(step.get(RUN_STEPS.STATUS).toUpperCase(Locale.ROOT)), step.get(RUN_STEPS.ATTEMPT),
                duration);
    }
}
