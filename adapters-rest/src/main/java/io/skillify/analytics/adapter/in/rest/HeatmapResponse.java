package io.skillify.analytics.adapter.in.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code /analytics/heatmap} (§7): 168 cells, Monday 0h first, zeros included. */
public record HeatmapResponse(List<Cell> cells) {

    /** {@code weekday} 1 = Monday … 7 = Sunday, {@code hour} 0–23, both local to the requested zone. */
    @Schema(name = "HeatmapCell")
    public record Cell(int weekday, int hour, long total, long failed) {
    }
}
