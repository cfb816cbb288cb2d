package io.skillify;

import io.skillify.automation.domain.flow.FlowLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code SKILLIFY_FLOWS_MAX_NODES} (500) and {@code SKILLIFY_FLOWS_MAX_NODE_DATA} (64KB). */
@ConfigurationProperties("skillify.flows")
record FlowSettings(@DefaultValue("500") int maxNodes, @DefaultValue("64KB") DataSize maxNodeData) {

    FlowLimits limits() {
        return new FlowLimits(maxNodes, Math.toIntExact(maxNodeData.toBytes()));
    }
}
