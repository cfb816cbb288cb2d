package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.ids;
import static io.skillify.run.domain.RunFixtures.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunSucceedsWhenEveryStepIsSettledTest {

    @Test
    void the_run_succeeds_when_its_last_step_succeeds() {
        Run run = aRun(flow().trigger("start").step("a", "b").edge("start", "a").edge("a", "b").build());
        succeed(run, "start", at(1));
        succeed(run, "a", at(2));
        run.startStep("b", at(3));
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);

        run.succeedStep("b", RunFixtures.OUTPUT, RunFixtures.DEFAULT, at(4));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.finishedAt()).isEqualTo(at(4));
        assertThat(run.startedAt()).isEqualTo(at(1));
        assertThat(run.error()).isNull();
        assertThat(run.steps()).allSatisfy(step -> assertThat(step.status()).isEqualTo(StepStatus.SUCCEEDED));
        assertThat(run.runnable(at(5))).isEmpty();
    }

    @Test
    void the_run_is_still_running_while_one_step_is_open() {
        Run run = aRun(flow().trigger("start").step("a", "b").edge("start", "a").edge("start", "b").build());
        succeed(run, "start", at(1));
        run.startStep("b", at(2));

        succeed(run, "a", at(3));

        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.finishedAt()).isNull();
    }

    @Test
    void a_trigger_alone_succeeds_the_run() {
        Run run = aRun(flow().trigger("start").build());

        succeed(run, "start", at(1));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.finishedAt()).isEqualTo(at(1));
    }

    @Test
    void skipped_steps_count_as_settled() {
        Run run = aRun(flow().trigger("start").condition("cond").step("yes", "no")
                .edge("start", "cond").edge("cond", "yes", "true").edge("cond", "no", "false").build());
        succeed(run, "start", at(1));
        succeed(run, "cond", "true", at(2));
        assertThat(ids(run.runnable(at(3)))).containsExactly("yes");

        succeed(run, "yes", at(4));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.finishedAt()).isEqualTo(at(4));
        assertThat(run.step("no").status()).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void a_run_whose_last_step_leaves_only_untaken_branches_succeeds_once_they_are_skipped() {
        Run run = aRun(flow().trigger("start").condition("cond").step("no")
                .edge("start", "cond").edge("cond", "no", "false").build());
        succeed(run, "start", at(1));
        succeed(run, "cond", "true", at(2));

        assertThat(run.runnable(at(3))).isEmpty();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.step("no").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.finishedAt()).isEqualTo(at(3));
        assertThat(run.error()).isNull();
    }
}
