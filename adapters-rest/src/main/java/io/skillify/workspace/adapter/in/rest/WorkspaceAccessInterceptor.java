package io.skillify.workspace.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.CurrentAccount;
import io.skillify.shared.adapter.in.rest.CurrentAccountArgumentResolver;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.adapter.in.rest.api.RequiresRole;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceRoutes;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.domain.view.WorkspaceAccess;
import io.skillify.workspace.domain.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one membership and role check: any handler whose route has a {@code {workspaceId}} variable runs only after
 * (1) the workspace exists (else 404), (2) the caller is a member (else 403), (3) the caller's role is at least the
 * route's {@link RequiresRole} (else 403). Authentication (401) happened before, in the security filter chain.
 */
final class WorkspaceAccessInterceptor implements HandlerInterceptor {

    static final String SCOPE_ATTRIBUTE = WorkspaceScope.class.getName();

    private final CheckWorkspaceAccessQuery access;

    WorkspaceAccessInterceptor(CheckWorkspaceAccessQuery access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String rawId = workspaceVariable(request);
        if (rawId == null || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        CurrentAccount caller = CurrentAccountArgumentResolver.current().orElseThrow(ForbiddenException::new);
        WorkspaceId workspace = parse(rawId);
        Role role = switch (access.accessOf(caller.id(), workspace)) {
            case WorkspaceAccess.NoSuchWorkspace none -> throw new NotFoundException("Workspace");
            case WorkspaceAccess.NotAMember outsider -> throw new ForbiddenException();
            case WorkspaceAccess.Member member -> member.role();
        };
        if (!role.isAtLeast(requiredRole(method))) {
            throw new ForbiddenException();
        }
        request.setAttribute(SCOPE_ATTRIBUTE, new WorkspaceScope(workspace, caller, role));
        return true;
    }

    static Role requiredRole(HandlerMethod method) {
        RequiresRole onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresRole.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        RequiresRole onType = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresRole.class);
        return onType == null ? Role.MEMBER : onType.value();
    }

    @SuppressWarnings("unchecked")
    private static String workspaceVariable(HttpServletRequest request) {
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? null : variables.get(WorkspaceRoutes.VARIABLE);
    }

    private static WorkspaceId parse(String raw) {
        try {
            return new WorkspaceId(UUID.fromString(raw));
        } catch (IllegalArgumentException notAUuid) {
            throw new NotFoundException("Workspace");
        }
    }
}
