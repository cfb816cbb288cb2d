package io.skillify.worker.adapter.in.rest;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code PATCH /api/workers/{id}}: every field optional; what today's Buildd runners send (contract v1.1 §5). Other
 * fields they send are ignored.
 */
record WorkerPatchRequest(String status, Integer progress, String error, BigDecimal costUsd, Integer turns,
                          String localUiUrl, String currentAction, List<MilestoneRequest> milestones,
                          JsonNode output, String summary, Long inputTokens, Long outputTokens, String branch,
                          String lastCommitSha, Integer commitCount, Integer filesChanged, Integer linesAdded,
                          Integer linesRemoved, WaitingForRequest waitingFor) {

    record MilestoneRequest(String label, JsonNode timestamp) {
    }

    record WaitingForRequest(String type, String prompt, List<String> options) {
    }
}
