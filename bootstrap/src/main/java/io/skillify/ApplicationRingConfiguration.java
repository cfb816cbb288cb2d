package io.skillify;

import io.skillify.automation.application.expression.BoundedEvaluator;
import io.skillify.automation.application.port.in.ScheduleSettings;
import io.skillify.automation.domain.flow.FlowLimits;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.realtime.adapter.in.event.api.PusherConfigured;
import io.skillify.realtime.application.port.in.RealtimeSettings;
import io.skillify.run.application.port.in.EngineSettings;
import io.skillify.run.domain.StepOutputLimit;
import io.skillify.shared.application.UseCase;
import io.skillify.worker.application.port.in.WorkerSettings;
import io.skillify.worker.application.port.in.WorkerTaskSettings;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;

/**
 * Makes beans of the framework-free application ring: every {@link UseCase} service and every {@link NodeType}
 * found under {@code io.skillify} (the node-type registry takes them all: no list to maintain), plus the clock,
 * the randomness source, the flow limits and the expression evaluator that services take as constructor arguments.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FlowSettings.class, EngineProperties.class, WorkerProperties.class,
        ScheduleProperties.class, StepOutputProperties.class, ExpressionProperties.class, RealtimeProperties.class})
@ComponentScan(basePackageClasses = Skillify.class, useDefaultFilters = false, includeFilters = {
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = UseCase.class),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = NodeType.class)})
class ApplicationRingConfiguration {

    @Bean
    FlowLimits flowLimits(FlowSettings settings) {
        return settings.limits();
    }

    @Bean
    EngineSettings engineSettings(EngineProperties properties, Environment environment) {
        return properties.settings(PusherConfigured.in(environment));
    }

    @Bean
    RealtimeSettings realtimeSettings(RealtimeProperties properties) {
        return properties.settings();
    }

    @Bean
    WorkerTaskSettings workerTaskSettings(EngineProperties properties) {
        return properties.workerTaskSettings();
    }

    @Bean
    ScheduleSettings scheduleSettings(ScheduleProperties properties) {
        return properties.settings();
    }

    @Bean
    StepOutputLimit stepOutputLimit(StepOutputProperties properties) {
        return properties.limit();
    }

    @Bean
    WorkerSettings workerSettings(WorkerProperties properties) {
        return properties.settings();
    }

    /** The dedicated threads every expression and inputSchema check runs on; closed with the context. */
    @Bean
    BoundedEvaluator boundedEvaluator(ExpressionProperties properties) {
        return new BoundedEvaluator(properties.settings());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
