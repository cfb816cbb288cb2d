package io.skillify.shared.application.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnstorableTextTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nulAndHalvesOfCharactersCannotBeStoredWholeCharactersCan() {
        assertThat(UnstorableText.isUnstorable("a\u0000b")).isTrue();
        assertThat(UnstorableText.isUnstorable("\ud800")).isTrue();
        assertThat(UnstorableText.isUnstorable("x\udc00y")).isTrue();
        assertThat(UnstorableText.isUnstorable("\ud83d\ude80 é 日本")).isFalse();
        assertThat(UnstorableText.isUnstorable("")).isFalse();
    }

    @Test
    void theFirstUnstorableStringOfADocumentIsNamedByItsPath() {
        assertThat(JsonTextScan.of(utf8("{\"a\":{\"b\":[\"ok\",\"n\\u0000\"]}}")).unstorable()).contains("a.b[1]");
        assertThat(JsonTextScan.of(utf8("[\"\\ud800\"]")).unstorable()).contains("[0]");
        assertThat(JsonTextScan.of(utf8("{\"a\":{\"k\\u0000\":1}}")).unstorable()).contains("a");
        assertThat(JsonTextScan.of(utf8("\"\\u0000\"")).unstorable()).contains("");
    }

    @Test
    void cleanOrMalformedDocumentsHaveNone() {
        assertThat(JsonTextScan.of(utf8("{\"a\":\"\\ud83d\\ude80\",\"b\":[1,null,true]}")).unstorable()).isEmpty();
        assertThat(JsonTextScan.of(utf8("{\"a\": nope")).unstorable()).isEmpty();
    }
}
