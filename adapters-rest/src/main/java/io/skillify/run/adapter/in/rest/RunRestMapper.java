package io.skillify.run.adapter.in.rest;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.view.LogLine;
import io.skillify.run.application.port.in.RunComparison;
import io.skillify.run.domain.view.RunView;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.StepState;
import io.skillify.shared.adapter.in.rest.RestMappingConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RestMappingConfig.class)
interface RunRestMapper {

    @Mapping(target = "durationMs", expression = "java(duration(run.startedAt(), run.finishedAt()))")
    @Mapping(target = "steps", expression = "java(run.steps().isEmpty() ? null : run.steps().stream().map(this::toResponse).toList())")
    RunResponse toResponse(RunView run);

    @Mapping(target = "durationMs", expression = "java(duration(step.startedAt(), step.finishedAt()))")
    RunResponse.Step toResponse(StepState step);

    LogLineResponse toResponse(LogLine line);

    RunComparisonResponse toResponse(RunComparison comparison);

    RunComparisonResponse.Side toResponse(RunComparison.Side side);

    RunComparisonResponse.StepSide toResponse(RunComparison.StepSide side);

    RunComparisonResponse.Step toResponse(RunComparison.StepDiff step);

    default UUID runId(RunId id) {
        return id == null ? null : id.value();
    }

    default UUID automationId(AutomationId id) {
        return id == null ? null : id.value();
    }

    default Long duration(Instant start, Instant end) {
        return start == null || end == null ? null : Duration.between(start, end).toMillis();
    }
}
