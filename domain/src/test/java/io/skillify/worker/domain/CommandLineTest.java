package io.skillify.worker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The server splits a worker.task's command string with the reference worker's rules (the shared table
 * worker-cli/src/test/resources/command-line-cases.txt), keeping each {@code {{…}}} template whole.
 */
class CommandLineTest {

    private static final Path SHARED_TABLE = Path.of("..", "worker-cli", "src", "test", "resources",
            "command-line-cases.txt");
    private static final Pattern WORD = Pattern.compile("⟦([^⟧]*)⟧");
    private static final String PATH = "context.command";

    @TestFactory
    Stream<DynamicTest> splits_every_case_of_the_table_shared_with_the_reference_worker() throws IOException {
        List<String> cases = Files.readAllLines(SHARED_TABLE, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertThat(cases).hasSizeGreaterThan(10);
        return cases.stream().map(line -> {
            int arrow = line.indexOf(" ⟹ ");
            String input = line.substring(0, arrow);
            String expected = line.substring(arrow + 3);
            return DynamicTest.dynamicTest(line, () -> {
                if (expected.startsWith("error: ")) {
                    assertThatThrownBy(() -> CommandLine.parse(input, PATH))
                            .isInstanceOf(InvalidInputException.class)
                            .extracting(e -> ((InvalidInputException) e).problems())
                            .isEqualTo(List.of(new Problem(PATH, expected.substring("error: ".length()))));
                } else {
                    assertThat(CommandLine.parse(input, PATH).words()).containsExactlyElementsOf(words(expected));
                }
            });
        });
    }

    @Test
    void blanks_are_spaces_tabs_and_line_breaks_and_a_backslashed_line_break_joins_lines() {
        assertThat(CommandLine.parse("make\ttest\r\n  lint\n", PATH).words()).containsExactly("make", "test", "lint");
        assertThat(CommandLine.parse("make \\\n  test", PATH).words()).containsExactly("make", "test");
        assertThat(CommandLine.parse("echo \"a\\\nb\" 'c\nd'", PATH).words()).containsExactly("echo", "ab", "c\nd");
    }

    @Test
    void a_template_stays_whole_in_its_word_whatever_it_holds() {
        assertThat(CommandLine.parse("deploy {{ input.version }} --to={{ $uppercase('a b') }}", PATH).words())
                .containsExactly("deploy", "{{ input.version }}", "--to={{ $uppercase('a b') }}");
        assertThat(CommandLine.parse("echo '{{ \"x\" & 'y' }}' \"{{ a\\b }}\"", PATH).words())
                .containsExactly("echo", "{{ \"x\" & 'y' }}", "{{ a\\b }}");
    }

    @Test
    void braces_without_a_closing_pair_are_plain_text() {
        assertThat(CommandLine.parse("echo {{ 'a b'", PATH).words()).containsExactly("echo", "{{", "a b");
    }

    @Test
    void a_template_in_a_shell_script_is_refused() {
        for (List<String> shell : List.of(
                List.of("sh", "-c", "deploy {{input.version}}"),
                List.of("/bin/bash", "-lc", "deploy \"{{input.version}}\""),
                List.of("env", "A=1", "zsh", "-e", "-c", "deploy", "{{input.version}}"),
                List.of("timeout", "10", "sh", "-c", "deploy \"$1\"", "sh", "{{input.version}}"))) {
            assertThat(new CommandLine(shell).templateInShellScript(PATH)).as(shell.toString())
                    .hasValueSatisfying(problem -> {
                        assertThat(problem.path()).isEqualTo(PATH);
                        assertThat(problem.message()).contains("shell").contains("context.env");
                    });
        }
    }

    @Test
    void a_shell_script_without_templates_and_templates_outside_shell_scripts_are_fine() {
        for (List<String> fine : List.of(
                List.of("sh", "-c", "deploy \"$VERSION\""),
                List.of("sh", "deploy.sh", "{{input.version}}"),
                List.of("deploy", "{{input.version}}"),
                List.of("grep", "-c", "sh", "{{input.file}}"),
                List.of("ssh", "-c", "aes128-ctr", "{{input.host}}"))) {
            assertThat(new CommandLine(fine).templateInShellScript(PATH)).as(fine.toString()).isEmpty();
        }
    }

    @Test
    void a_command_line_has_at_least_one_word() {
        assertThatThrownBy(() -> new CommandLine(List.of())).isInstanceOf(IllegalArgumentException.class);
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
