package io.skillify.workspace.adapter.in.rest;

import io.skillify.workspace.adapter.in.rest.api.WorkspaceRoutes;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Workspace-scoped routes in the OpenAPI document: controllers take a {@link WorkspaceScope} the server builds, never
 * the path variable itself, so the document would otherwise show the scope as a parameter and omit
 * {@code workspaceId}.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceRoutesOpenApi {

    private static final String PATH_SEGMENT = "{" + WorkspaceRoutes.VARIABLE + "}";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(WorkspaceScope.class);
    }

    @Bean
    OpenApiCustomizer workspaceIdPathParameter() {
        return WorkspaceRoutesOpenApi::declareWorkspaceId;
    }

    static void declareWorkspaceId(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (path.contains(PATH_SEGMENT)) {
                item.readOperations().forEach(WorkspaceRoutesOpenApi::declareWorkspaceId);
            }
        });
    }

    private static void declareWorkspaceId(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                : new ArrayList<>(operation.getParameters());
        boolean declared = parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn())
                && WorkspaceRoutes.VARIABLE.equals(parameter.getName()));
        if (!declared) {
            parameters.addFirst(new Parameter()
                    .in("path")
                    .name(WorkspaceRoutes.VARIABLE)
                    .required(true)
                    .description("The workspace; the caller must be a member")
                    .schema(new UUIDSchema()));
            operation.setParameters(parameters);
        }
    }
}
