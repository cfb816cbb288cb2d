package io.skillify.worker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class BranchNameTest {

    private static final TaskId TASK = new TaskId(UUID.fromString("0c1f9a2e-5b7d-7c3a-9e10-4f2b8d6a1c00"));

    @Test
    void buildd_prefix_last_eight_of_the_task_id_and_the_lower_cased_title() {
        assertThat(BranchName.of(TASK, "Fix login bug")).isEqualTo("buildd/8d6a1c00-fix-login-bug");
    }

    @Test
    void every_run_of_punctuation_becomes_one_dash_and_edges_are_kept() {
        assertThat(BranchName.of(TASK, "  Fix: login -- bug!! ")).isEqualTo("buildd/8d6a1c00--fix-login-bug-");
    }

    @Test
    void unicode_letters_are_outside_a_to_z_and_become_dashes() {
        assertThat(BranchName.of(TASK, "Café für Ünïcödé 日本")).isEqualTo("buildd/8d6a1c00-caf-f-r-n-c-d-");
    }

    @Test
    void the_title_part_is_cut_to_thirty_characters() {
        String branch = BranchName.of(TASK, "Refactor the authentication module to support OIDC providers");
        assertThat(branch).isEqualTo("buildd/8d6a1c00-refactor-the-authentication-mo");
        assertThat(branch.substring("buildd/8d6a1c00-".length())).hasSize(30);
    }

    @Test
    void an_empty_title_leaves_only_the_prefix() {
        assertThat(BranchName.of(TASK, "")).isEqualTo("buildd/8d6a1c00-");
    }

    @Test
    void digits_are_kept() {
        assertThat(BranchName.of(TASK, "Bump v2.3 to 2.4")).isEqualTo("buildd/8d6a1c00-bump-v2-3-to-2-4");
    }

    @Test
    void tasks_made_in_the_same_millisecond_with_the_same_title_get_different_branches() {
        TaskId first = new TaskId(UUID.fromString("0c1f9a2e-5b7d-7c3a-9e10-4f2b8d6a1c00"));
        TaskId second = new TaskId(UUID.fromString("0c1f9a2e-5b7d-7c3a-9e10-4f2b8d6a1c01"));
        assertThat(BranchName.of(first, "Fix login bug")).isNotEqualTo(BranchName.of(second, "Fix login bug"));
    }
}
