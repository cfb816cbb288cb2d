package io.skillify;

import io.skillify.run.domain.StepOutputLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code SKILLIFY_MAX_STEP_OUTPUT} (1MB = 1,048,576 bytes): the largest output a step may record. */
@ConfigurationProperties("skillify")
record StepOutputProperties(@DefaultValue("1MB") DataSize maxStepOutput) {

    StepOutputLimit limit() {
        return new StepOutputLimit(maxStepOutput.toBytes());
    }
}
