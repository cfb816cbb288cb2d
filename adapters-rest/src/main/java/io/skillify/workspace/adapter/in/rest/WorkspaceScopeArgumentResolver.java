package io.skillify.workspace.adapter.in.rest;

import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Supplies the {@link WorkspaceScope} established by {@link WorkspaceAccessInterceptor}. */
final class WorkspaceScopeArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == WorkspaceScope.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Object scope = request.getAttribute(WorkspaceAccessInterceptor.SCOPE_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        if (scope == null) {
            throw new IllegalStateException(parameter.getExecutable() + " takes a WorkspaceScope but its route "
                    + "has no {workspaceId}");
        }
        return scope;
    }
}
