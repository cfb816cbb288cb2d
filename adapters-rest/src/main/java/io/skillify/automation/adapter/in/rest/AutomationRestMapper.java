package io.skillify.automation.adapter.in.rest;

import io.skillify.automation.domain.view.AutomationView;
import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.shared.adapter.in.rest.RestMappingConfig;
import java.time.Duration;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RestMappingConfig.class)
interface AutomationRestMapper {

    @Mapping(target = "webhook", ignore = true)
    AutomationResponse toResponse(AutomationView automation);

    FlowVersionResponse toResponse(FlowVersionView version);

    NodeTypeResponse toResponse(NodeTypeDescriptor nodeType);

    @Mapping(target = "backoffMs", source = "backoff")
    @Mapping(target = "maxBackoffMs", source = "maxBackoff")
    NodeTypeResponse.Retry toResponse(RetryPolicy retry);

    default UUID automationId(AutomationId id) {
        return id == null ? null : id.value();
    }

    default long millis(Duration duration) {
        return duration.toMillis();
    }
}
