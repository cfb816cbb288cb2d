package io.skillify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.skillify.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/api/openapi.json} is the API reference in the repository: the running application's OpenAPI document,
 * pretty-printed with sorted keys. The build fails when the committed file no longer matches the code.
 */
class ApiReferenceTest extends IntegrationTest {

    static final Path REFERENCE = Path.of("..", "docs", "api", "openapi.json");
    static final String REFRESH = "skillify.docs.refresh";

    private static final JsonMapper PRETTY = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    @Test
    void theCommittedReferenceIsTheApplicationsDocument() throws Exception {
        var docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        String current = render(docs.json());

        if (Boolean.getBoolean(REFRESH)) {
            Files.createDirectories(REFERENCE.getParent());
            Files.writeString(REFERENCE, current, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(REFERENCE) ? Files.readString(REFERENCE, StandardCharsets.UTF_8) : "";
        if (!committed.equals(current)) {
            fail("docs/api/openapi.json is stale: the API changed (" + firstDifference(committed, current)
                    + "). Refresh it with ./mvnw -pl bootstrap -am verify -Dtest=ApiReferenceTest "
                    + "-Dsurefire.failIfNoSpecifiedTests=false -D" + REFRESH + "=true and commit the file");
        }
    }

    @Test
    void theReferenceDoesNotDependOnWhereTheServerRuns() {
        String document = render(anonymous().get("/v3/api-docs").json());
        assertThat(document).doesNotContain("localhost").doesNotContain(String.valueOf(port));
    }

    private static String firstDifference(String committed, String current) {
        List<String> was = committed.lines().toList();
        List<String> is = current.lines().toList();
        for (int line = 0; line < Math.max(was.size(), is.size()); line++) {
            String before = line < was.size() ? was.get(line) : "<end of file>";
            String now = line < is.size() ? is.get(line) : "<end of file>";
            if (!before.equals(now)) {
                return "line " + (line + 1) + ": committed " + before.strip() + ", now " + now.strip();
            }
        }
        return "line endings differ";
    }

    private static String render(JsonNode document) {
        return PRETTY.writeValueAsString(document) + "\n";
    }
}
