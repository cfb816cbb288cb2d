package io.skillify.shared.adapter.in.rest;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Cross-cutting MVC set-up: the caller as a parameter, and the rate limit before any other interceptor. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({HttpLimits.class, StreamSettings.class})
class SharedWebConfiguration implements WebMvcConfigurer {

    static final int RATE_LIMIT_ORDER = 0;

    private final HttpLimits limits;
    private final ErrorResponseWriter errors;

    SharedWebConfiguration(HttpLimits limits, ErrorResponseWriter errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentAccountArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RateLimitInterceptor(limits.rateLimitPerMinute(), errors))
                .addPathPatterns("/api/**")
                .order(RATE_LIMIT_ORDER);
    }
}
