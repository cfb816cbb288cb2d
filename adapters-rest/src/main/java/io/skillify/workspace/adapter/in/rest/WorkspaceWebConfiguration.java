package io.skillify.workspace.adapter.in.rest;

import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WorkspaceWebConfiguration implements WebMvcConfigurer {

    /** After the rate limit, before everything else. */
    static final int ACCESS_CHECK_ORDER = 10;

    private final CheckWorkspaceAccessQuery access;

    WorkspaceWebConfiguration(CheckWorkspaceAccessQuery access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new WorkspaceAccessInterceptor(access)).addPathPatterns("/api/**")
                .order(ACCESS_CHECK_ORDER);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new WorkspaceScopeArgumentResolver());
    }
}
