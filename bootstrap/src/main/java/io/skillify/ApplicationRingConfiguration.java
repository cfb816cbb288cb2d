package io.skillify;

import io.skillify.shared.application.UseCase;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Makes beans of the framework-free application ring: every {@link UseCase} service, plus the clock and the
 * randomness source its services take as constructor arguments.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = Skillify.class, useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = UseCase.class))
class ApplicationRingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
