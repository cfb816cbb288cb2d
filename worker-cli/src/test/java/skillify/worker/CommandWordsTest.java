package skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A command string becomes arguments the way command-line-cases.txt says, with no shell and no expansion. */
class CommandWordsTest {

    private static final Pattern WORD = Pattern.compile("⟦([^⟧]*)⟧");

    @TestFactory
    Stream<DynamicTest> splitsEveryCaseOfTheSharedTable() throws IOException {
        return cases().stream().map(line -> {
            int arrow = line.indexOf(" ⟹ ");
            String input = line.substring(0, arrow);
            String expected = line.substring(arrow + 3);
            return DynamicTest.dynamicTest(line, () -> {
                if (expected.startsWith("error: ")) {
                    assertThatThrownBy(() -> CommandWords.split(input))
                            .isInstanceOf(InvalidTaskException.class)
                            .hasMessage("context.command " + expected.substring("error: ".length()));
                } else {
                    assertThat(CommandWords.split(input)).containsExactlyElementsOf(words(expected));
                }
            });
        });
    }

    @Test
    void tabsAndNewlinesSeparateWordsAndABackslashedNewlineJoinsLines() throws InvalidTaskException {
        assertThat(CommandWords.split("make\ttest\r\n  lint\n")).containsExactly("make", "test", "lint");
        assertThat(CommandWords.split("make \\\n  test")).containsExactly("make", "test");
        assertThat(CommandWords.split("echo \"a\\\nb\" 'c\nd'")).containsExactly("echo", "ab", "c\nd");
    }

    static List<String> cases() throws IOException {
        try (InputStream table = CommandWordsTest.class.getResourceAsStream("/command-line-cases.txt")) {
            return new String(table.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }

    private static List<String> words(String expected) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(expected);
        while (matcher.find()) {
            words.add(matcher.group(1));
        }
        return words;
    }
}
