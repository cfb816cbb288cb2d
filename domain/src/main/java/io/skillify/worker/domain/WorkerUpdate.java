package io.skillify.worker.domain;

import io.skillify.shared.domain.Characters;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a worker reports in one PATCH; every field is optional and checked here. */
public record WorkerUpdate(WorkerStatus status, Integer progress, String error, BigDecimal costUsd, Integer turns,
                           String localUiUrl, String currentAction, List<Milestone> milestones, JsonValue output,
                           RunnerReport runner) {

    public static final int MAX_TEXT = 2_000;
    public static final int MAX_MILESTONES = 500;
    public static final BigDecimal MAX_COST_USD = BigDecimal.valueOf(1_000_000);
    public static final int MAX_TURNS = 1_000_000;

    public WorkerUpdate(WorkerStatus status, Integer progress, String error, BigDecimal costUsd, Integer turns,
                        String localUiUrl, String currentAction, List<Milestone> milestones, JsonValue output) {
        this(status, progress, error, costUsd, turns, localUiUrl, currentAction, milestones, output,
                RunnerReport.EMPTY);
    }

    public WorkerUpdate {
        List<Problem> problems = new ArrayList<>();
        if (progress != null && (progress < 0 || progress > 100)) {
            problems.add(new Problem("progress", "must be between 0 and 100"));
        }
        if (costUsd != null && costUsd.signum() < 0) {
            problems.add(new Problem("costUsd", "must not be negative"));
        }
        if (costUsd != null && costUsd.compareTo(MAX_COST_USD) > 0) {
            problems.add(new Problem("costUsd", "must be at most " + MAX_COST_USD));
        }
        if (turns != null && turns < 0) {
            problems.add(new Problem("turns", "must not be negative"));
        }
        if (turns != null && turns > MAX_TURNS) {
            problems.add(new Problem("turns", "must be at most " + MAX_TURNS));
        }
        tooLong(problems, "error", error, 20_000);
        tooLong(problems, "localUiUrl", localUiUrl, MAX_TEXT);
        tooLong(problems, "currentAction", currentAction, MAX_TEXT);
        if (milestones != null && milestones.size() > MAX_MILESTONES) {
            problems.add(new Problem("milestones", "must list at most " + MAX_MILESTONES));
        }
        if (output != null && !"object".equals(output.typeName())) {
            problems.add(new Problem("output", "must be an object"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid " + problems.getFirst().path() + ": "
                    + problems.getFirst().message(), problems);
        }
        milestones = milestones == null ? null : List.copyOf(milestones);
        runner = runner == null ? RunnerReport.EMPTY : runner;
    }

    private static void tooLong(List<Problem> problems, String path, String value, int max) {
        if (Characters.exceed(value, max)) {
            problems.add(new Problem(path, "must be at most " + max + " characters"));
        }
    }
}
