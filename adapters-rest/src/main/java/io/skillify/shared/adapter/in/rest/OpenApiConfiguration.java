package io.skillify.shared.adapter.in.rest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashSet;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI 3.1 document at {@code /v3/api-docs}, with bearer authentication (API key or session JWT), written so
 * that a client generated from it calls every route with nothing fixed by hand.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(CurrentAccount.class)
                .replaceWithSchema(JsonNode.class, anyJsonValue())
                .replaceWithSchema(SseEmitter.class, new StringSchema()
                        .description("Server-sent events (text/event-stream); each event's id resumes the stream "
                                + "through Last-Event-ID"));
    }

    @Bean
    OpenAPI skillifyOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Skillify API")
                        .version("v1")
                        .description("Workspaces, automations, runs, tasks and workers. Authenticate with "
                                + "'Authorization: Bearer bld_…' (API key) or a session JWT."))
                .servers(List.of(new Server().url("/").description("The server that serves this document")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    PropertyCustomizer maxCharactersAsMaxLength() {
        return new MaxCharactersSchema();
    }

    @Bean
    OpenApiCustomizer errorResponsesInTheContractsShape() {
        return new ErrorResponseSchema();
    }

    /**
     * A JSON value of any kind, as Jackson's tree holds it; without this the schema lists JsonNode's getters. Objects
     * take any properties, so that a generated client accepts {@code {"amount": 120}} as a run's input.
     */
    private static Schema<Object> anyJsonValue() {
        return new Schema<>()
                .types(new LinkedHashSet<>(List.of("object", "array", "string", "number", "boolean", "null")))
                .additionalProperties(true)
                .description("Any JSON value");
    }
}
