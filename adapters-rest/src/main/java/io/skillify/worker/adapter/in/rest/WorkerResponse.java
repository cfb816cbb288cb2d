package io.skillify.worker.adapter.in.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A worker in the Buildd shape (contract §5), runner fields included. */
record WorkerResponse(UUID id, UUID accountId, UUID taskId, UUID workspaceId, String name, String branch,
                      String status, int progress, String error, BigDecimal costUsd, Integer turns, String localUiUrl,
                      String currentAction, List<Milestone> milestones, JsonNode output, String summary,
                      Long inputTokens, Long outputTokens, String lastCommitSha, Integer commitCount,
                      Integer filesChanged, Integer linesAdded, Integer linesRemoved, WaitingFor waitingFor,
                      Instant startedAt, Instant completedAt, Instant leaseExpiresAt, Instant createdAt,
                      Instant updatedAt) {

    record Milestone(String label, Instant timestamp) {
    }

    record WaitingFor(String type, String prompt, List<String> options) {
    }
}
