package io.skillify.shared.adapter.in.rest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3.1 document at {@code /v3/api-docs}, with bearer authentication (API key or session JWT). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI skillifyOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Skillify API")
                        .version("v1")
                        .description("Workspaces, automations, runs, tasks and workers. Authenticate with "
                                + "'Authorization: Bearer bld_…' (API key) or a session JWT."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
