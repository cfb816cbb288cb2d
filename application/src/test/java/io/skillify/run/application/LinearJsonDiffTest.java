package io.skillify.run.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonPatch;
import io.skillify.shared.application.json.StoredJson;
import io.skillify.shared.domain.json.JsonNull;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LinearJsonDiffTest {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    /** The patch, applied to {@code base} by an independent RFC 6902 implementation, must give {@code head}. */
    private static void assertPatchTurns(String base, String head) throws Exception {
        JsonValue patch = LinearJsonDiff.between(StoredJson.read(base), StoredJson.read(head));
        JsonNode applied = JsonPatch.apply(JACKSON2.readTree(patch.toJson()), JACKSON2.readTree(base));
        assertThat(applied).as(patch.toJson()).isEqualTo(JACKSON2.readTree(head));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"x\":6}|{\"x\":20}",
            "{\"a\":1,\"b\":2}|{\"b\":3,\"c\":[1]}",
            "[1,2,3,4]|[1,5]",
            "[1]|[1,2,3,{\"a\":[]}]",
            "{\"a\":[{\"b\":1},{\"b\":2}]}|{\"a\":[{\"b\":1,\"c\":0},{\"b\":[2]}]}",
            "{\"a/b\":1,\"m~n\":2}|{\"a/b\":3,\"m~n\":4}",
            "null|{\"a\":1}",
            "{\"a\":1}|[1]",
            "\"s\"|\"s\"",
    })
    void the_patch_turns_base_into_head(String base, String head) throws Exception {
        assertPatchTurns(base, head);
    }

    @Test
    void equal_documents_need_no_operation_and_a_changed_member_one_replace() {
        assertThat(LinearJsonDiff.between(StoredJson.read("{\"a\":[1,{}]}"), StoredJson.read("{\"a\":[1,{}]}"))
                .toJson()).isEqualTo("[]");
        assertThat(LinearJsonDiff.between(StoredJson.read("{\"x\":6}"), StoredJson.read("{\"x\":20}")).toJson())
                .isEqualTo("[{\"op\":\"replace\",\"path\":\"/x\",\"value\":20}]");
        assertThat(LinearJsonDiff.between(JsonNull.INSTANCE, JsonNull.INSTANCE).toJson()).isEqualTo("[]");
    }

    @Test
    void arrays_of_fifty_thousand_differing_items_are_compared_promptly() throws Exception {
        String base = IntStream.range(0, 50_000).mapToObj(i -> "\"a" + i + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        String head = IntStream.range(0, 50_000).mapToObj(i -> "\"b" + (50_000 - i) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertPatchTurns(base, head));
    }
}
