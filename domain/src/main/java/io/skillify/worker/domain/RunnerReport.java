package io.skillify.worker.domain;

import io.skillify.shared.domain.Characters;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Buildd runner tells about its work beside status and progress: a summary, token counts, its git branch and
 * commits, and the question it waits on. Every field is optional; each one sent replaces the stored one.
 */
public record RunnerReport(String summary, Long inputTokens, Long outputTokens, String branch, String lastCommitSha,
                           Integer commitCount, Integer filesChanged, Integer linesAdded, Integer linesRemoved,
                           WaitingFor waitingFor) {

    public static final RunnerReport EMPTY = new RunnerReport(null, null, null, null, null, null, null, null, null,
            null);
    public static final int MAX_SUMMARY = 20_000;
    public static final int MAX_BRANCH = 255;
    public static final int MAX_COMMIT_SHA = 64;
    public static final long MAX_TOKENS = 1_000_000_000_000L;
    public static final int MAX_WAITING_TYPE = 100;
    public static final int MAX_PROMPT = 20_000;
    public static final int MAX_OPTIONS = 50;
    public static final int MAX_OPTION = 2_000;

    public RunnerReport {
        List<Problem> problems = new ArrayList<>();
        tooLong(problems, "summary", summary, MAX_SUMMARY);
        tooLong(problems, "branch", branch, MAX_BRANCH);
        tooLong(problems, "lastCommitSha", lastCommitSha, MAX_COMMIT_SHA);
        if (branch != null && branch.isBlank()) {
            problems.add(new Problem("branch", "must not be blank"));
        }
        outOfRange(problems, "inputTokens", inputTokens, MAX_TOKENS);
        outOfRange(problems, "outputTokens", outputTokens, MAX_TOKENS);
        outOfRange(problems, "commitCount", commitCount, Integer.MAX_VALUE);
        outOfRange(problems, "filesChanged", filesChanged, Integer.MAX_VALUE);
        outOfRange(problems, "linesAdded", linesAdded, Integer.MAX_VALUE);
        outOfRange(problems, "linesRemoved", linesRemoved, Integer.MAX_VALUE);
        if (waitingFor != null) {
            checkWaitingFor(problems, waitingFor);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid " + problems.getFirst().path() + ": "
                    + problems.getFirst().message(), problems);
        }
    }

    /** This report with every field {@code newer} sent replacing the one stored. */
    public RunnerReport mergedWith(RunnerReport newer) {
        return new RunnerReport(pick(newer.summary, summary), pick(newer.inputTokens, inputTokens),
                pick(newer.outputTokens, outputTokens), pick(newer.branch, branch),
                pick(newer.lastCommitSha, lastCommitSha), pick(newer.commitCount, commitCount),
                pick(newer.filesChanged, filesChanged), pick(newer.linesAdded, linesAdded),
                pick(newer.linesRemoved, linesRemoved), pick(newer.waitingFor, waitingFor));
    }

    private static <T> T pick(T newer, T older) {
        return newer != null ? newer : older;
    }

    private static void checkWaitingFor(List<Problem> problems, WaitingFor waitingFor) {
        if (waitingFor.type() == null || waitingFor.type().isBlank()) {
            problems.add(new Problem("waitingFor.type", "is required"));
        }
        if (waitingFor.prompt() == null) {
            problems.add(new Problem("waitingFor.prompt", "is required"));
        }
        tooLong(problems, "waitingFor.type", waitingFor.type(), MAX_WAITING_TYPE);
        tooLong(problems, "waitingFor.prompt", waitingFor.prompt(), MAX_PROMPT);
        List<String> options = waitingFor.options();
        if (options == null) {
            return;
        }
        if (options.size() > MAX_OPTIONS) {
            problems.add(new Problem("waitingFor.options", "must list at most " + MAX_OPTIONS));
            return;
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i) == null) {
                problems.add(new Problem("waitingFor.options[" + i + "]", "must be a string"));
            }
            tooLong(problems, "waitingFor.options[" + i + "]", options.get(i), MAX_OPTION);
        }
    }

    private static void outOfRange(List<Problem> problems, String path, Number value, long max) {
        if (value != null && (value.longValue() < 0 || value.longValue() > max)) {
            problems.add(new Problem(path, "must be between 0 and " + max));
        }
    }

    private static void tooLong(List<Problem> problems, String path, String value, int max) {
        if (Characters.exceed(value, max)) {
            problems.add(new Problem(path, "must be at most " + max + " characters"));
        }
    }
}
