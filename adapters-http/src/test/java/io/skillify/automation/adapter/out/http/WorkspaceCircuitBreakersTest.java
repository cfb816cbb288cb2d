package io.skillify.automation.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.skillify.shared.domain.WorkspaceId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkspaceCircuitBreakersTest {

    private final WorkspaceCircuitBreakers breakers = new WorkspaceCircuitBreakers();
    private final WorkspaceId workspaceA = new WorkspaceId(UUID.randomUUID());
    private final WorkspaceId workspaceB = new WorkspaceId(UUID.randomUUID());

    @Test
    void aWorkspaceKeepsOneBreakerPerDestination() {
        assertThat(breakers.of(workspaceA, "api.example.com:443")).isSameAs(breakers.of(workspaceA, "api.example.com:443"));
        assertThat(breakers.of(workspaceA, "api.example.com:443")).isNotSameAs(breakers.of(workspaceA, "api.example.com:80"));
    }

    @Test
    void anOpenBreakerOfOneWorkspaceIsNotAnotherWorkspacesBreaker() {
        breakers.of(workspaceA, "api.example.com:443").transitionToOpenState();

        assertThat(breakers.of(workspaceA, "api.example.com:443").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breakers.of(workspaceB, "api.example.com:443").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
