package io.skillify.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What every error answer must look like, and must never contain. */
public final class ErrorAssertions {

    private static final List<String> LEAKS = List.of(
            "Exception", "exception", "\tat ", "at io.", "at java.", "java.", "org.springframework", "jakarta.",
            "tools.jackson", "com.fasterxml", "org.jooq", "jooq", "SQL", "select ", "insert ", "postgres", "Caused by",
            "io.skillify", "stack", "trace");

    private ErrorAssertions() {
    }

    /** The contract's error shape with the given status and no internal detail anywhere in the body. */
    public static ApiResponse assertError(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("X-Request-Id")).as("X-Request-Id").isNotBlank();
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/json");
        assertThat(response.json()).as(response.toString()).isNotNull();
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.error()).as(response.toString()).isNotBlank();
        assertNoLeak(response);
        return response;
    }

    public static ApiResponse assertError(ApiResponse response, int status, String message) {
        assertError(response, status);
        assertThat(response.error()).isEqualTo(message);
        return response;
    }

    public static void assertNoLeak(ApiResponse response) {
        for (String leak : LEAKS) {
            assertThat(response.raw()).as("error body must not contain '%s'", leak).doesNotContain(leak);
        }
    }

    /** The paths named in {@code details}. */
    public static List<String> detailPaths(ApiResponse response) {
        assertThat(response.json().get("details")).as(response.toString()).isNotNull();
        return response.json().get("details").valueStream().map(d -> d.get("path").asString()).toList();
    }
}
