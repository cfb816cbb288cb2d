package io.skillify.analytics.adapter.in.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** {@code /analytics/success-rate} (§7): rates are fractions in [0, 1], null when there were no runs. */
public record SuccessRateResponse(Overall overall, List<AutomationLine> automations) {

    @Schema(name = "SuccessRateOverall")
    public record Overall(long total, long succeeded, @Schema(nullable = true) Double rate) {
    }

    @Schema(name = "SuccessRateAutomation")
    public record AutomationLine(UUID automationId,
                                 @Schema(nullable = true, description = "null when analytics never heard its name")
                                 String name,
                                 long total, long succeeded, @Schema(nullable = true) Double rate) {
    }
}
