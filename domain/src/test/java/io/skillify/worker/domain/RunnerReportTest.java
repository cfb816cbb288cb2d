package io.skillify.worker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The runner fields of a worker's report (contract v1.1 §5): stored as sent, each within a limit. */
class RunnerReportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Worker idle() {
        return new Worker(new WorkerId(UUID.randomUUID()), new AccountId(UUID.randomUUID()),
                new TaskId(UUID.randomUUID()), new WorkspaceId(UUID.randomUUID()), "bot-0c1f9a2e",
                "buildd/0c1f9a2e-x", NOW, WorkerStatus.IDLE, 0, null, null, null, null, null, List.of(), null, null,
                null, NOW.plusSeconds(900), NOW);
    }

    private static WorkerUpdate report(RunnerReport runner) {
        return new WorkerUpdate(null, null, null, null, null, null, null, null, null, runner);
    }

    private static RunnerReport summary(String summary) {
        return new RunnerReport(summary, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void every_field_sent_is_kept_and_a_later_report_replaces_only_what_it_sends() {
        Worker worker = idle();
        worker.update(report(new RunnerReport("first", 10L, 20L, "feature/x", "abc123", 2, 3, 40, 5,
                new WaitingFor("question", "Which one?", List.of("a", "b")))), NOW, NOW);
        worker.update(report(summary("second")), NOW, NOW);

        RunnerReport kept = worker.runner();
        assertThat(kept.summary()).isEqualTo("second");
        assertThat(kept.inputTokens()).isEqualTo(10L);
        assertThat(kept.outputTokens()).isEqualTo(20L);
        assertThat(kept.lastCommitSha()).isEqualTo("abc123");
        assertThat(kept.commitCount()).isEqualTo(2);
        assertThat(kept.filesChanged()).isEqualTo(3);
        assertThat(kept.linesAdded()).isEqualTo(40);
        assertThat(kept.linesRemoved()).isEqualTo(5);
        assertThat(kept.waitingFor()).isEqualTo(new WaitingFor("question", "Which one?", List.of("a", "b")));
        assertThat(worker.branch()).isEqualTo("feature/x");
    }

    @Test
    void a_report_without_runner_fields_keeps_the_claimed_branch() {
        Worker worker = idle();
        worker.update(new WorkerUpdate(WorkerStatus.RUNNING, 10, null, null, null, null, null, null, null), NOW, NOW);
        assertThat(worker.branch()).isEqualTo("buildd/0c1f9a2e-x");
        assertThat(worker.runner()).isEqualTo(RunnerReport.EMPTY);
    }

    @Test
    void text_over_its_limit_is_refused_naming_the_field() {
        assertThatThrownBy(() -> summary("x".repeat(RunnerReport.MAX_SUMMARY + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("summary");
        assertThatThrownBy(() -> new RunnerReport(null, null, null, null, "f".repeat(65), null, null, null, null,
                null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("lastCommitSha");
        assertThatThrownBy(() -> new RunnerReport(null, null, null, "b".repeat(256), null, null, null, null, null,
                null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("branch");
    }

    @Test
    void counts_are_never_negative_nor_absurd() {
        assertThatThrownBy(() -> new RunnerReport(null, -1L, null, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("inputTokens");
        assertThatThrownBy(() -> new RunnerReport(null, null, RunnerReport.MAX_TOKENS + 1, null, null, null, null,
                null, null, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("outputTokens");
        assertThatThrownBy(() -> new RunnerReport(null, null, null, null, null, null, null, null, -3, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("linesRemoved");
        assertThatThrownBy(() -> new WorkerUpdate(null, null, null, new BigDecimal("1000000.01"), null, null, null,
                null, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("costUsd");
        assertThatThrownBy(() -> new WorkerUpdate(null, null, null, null, 1_000_001, null, null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("turns");
    }

    @Test
    void a_question_needs_a_type_and_a_prompt_and_a_bounded_list_of_answers() {
        assertThatThrownBy(() -> waiting(new WaitingFor(null, "Which?", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("waitingFor.type");
        assertThatThrownBy(() -> waiting(new WaitingFor("question", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("waitingFor.prompt");
        assertThatThrownBy(() -> waiting(new WaitingFor("question", "Which?", Collections.nCopies(51, "a"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("waitingFor.options");
    }

    private static RunnerReport waiting(WaitingFor waitingFor) {
        return new RunnerReport(null, null, null, null, null, null, null, null, null, waitingFor);
    }
}
