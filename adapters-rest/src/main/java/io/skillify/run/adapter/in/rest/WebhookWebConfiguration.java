package io.skillify.run.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.ErrorResponseWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The per-automation rate limit in front of webhook triggers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookLimits.class)
class WebhookWebConfiguration implements WebMvcConfigurer {

    private final WebhookLimits limits;
    private final ErrorResponseWriter errors;

    WebhookWebConfiguration(WebhookLimits limits, ErrorResponseWriter errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new WebhookRateLimitInterceptor(limits.webhookRateLimitPerMinute(), errors))
                .addPathPatterns("/api/hooks/**");
    }
}
