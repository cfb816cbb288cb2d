package io.skillify.support;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** What the server answered: status, headers, the raw body and, when it is JSON, the parsed body. */
public record ApiResponse(int status, HttpHeaders headers, String raw, JsonNode json) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** {@code data} of the envelope. */
    public JsonNode data() {
        return json.get("data");
    }

    public String error() {
        return json == null || json.get("error") == null ? null : json.get("error").asString();
    }

    @Override
    public String toString() {
        return status + " " + raw;
    }
}
