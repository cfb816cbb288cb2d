package io.skillify.shared.adapter.in.rest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The contract's one error shape (§1) as every operation's {@code default} response, and as the content of any 4xx
 * or 5xx response documented elsewhere, instead of the free-form map the exception handlers are declared to return.
 */
final class ErrorResponseSchema implements OpenApiCustomizer {

    static final String NAME = "ErrorResponse";
    private static final String PROBLEM = "ErrorDetail";
    private static final String APPLICATION_JSON = "application/json";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(PROBLEM, problem()).addSchemas(NAME, error());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    response.setContent(errorContent());
                }
            });
            operation.getResponses().addApiResponse("default",
                    new ApiResponse().description("An error, in the one error shape").content(errorContent()));
        }));
    }

    private static Content errorContent() {
        return new Content().addMediaType(APPLICATION_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + NAME)));
    }

    private static Schema<?> error() {
        return new ObjectSchema()
                .description("The one error shape of every route")
                .addProperty("success", new BooleanSchema().description("Always false"))
                .addProperty("error", new StringSchema().description("A human sentence"))
                .addProperty("details", new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .description("Field-level problems of a 400"))
                .addProperty("limit", new IntegerSchema().description("The limit reached (429)"))
                .addProperty("current", new IntegerSchema().description("The current count (429)"))
                .addProperty("requestId", new StringSchema().description("The request's id (500)"))
                .required(List.of("success", "error"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .addProperty("path", new StringSchema().description("Where, e.g. nodes[2].data.url"))
                .addProperty("message", new StringSchema())
                .required(List.of("path", "message"));
    }
}
