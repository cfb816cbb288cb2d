package io.skillify.worker.adapter.in.rest;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code PATCH /api/workers/{id}}: every field optional. */
record WorkerPatchRequest(String status, Integer progress, String error, BigDecimal costUsd, Integer turns,
                          String localUiUrl, String currentAction, List<MilestoneRequest> milestones,
                          JsonNode output) {

    record MilestoneRequest(String label, JsonNode timestamp) {
    }
}
