package io.skillify.worker.domain;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command as the argv a worker runs. A command string is split the way a POSIX shell splits words, minus every
 * expansion (the reference worker's rules, worker-cli/README.md): blanks separate words, single and double quotes
 * group, a backslash makes the next character plain, and {@code $ ` * ~ | ; & < > #} are ordinary characters.
 * A {@code {{…}}} template (up to the first {@code }}}) stays whole inside its word, so that its value, filled in
 * later, is one argument however many blanks, quotes or semicolons it holds.
 */
public record CommandLine(List<String> words) {

    private static final String BLANKS = " \t\r\n";
    private static final String ESCAPABLE_IN_DOUBLE_QUOTES = "\"\\$`";
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "fish",
            "csh", "tcsh");

    public CommandLine {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a command line has at least one word");
        }
        words = List.copyOf(words);
    }

    /** Splits {@code text}; an unclosed quote, a trailing backslash or nothing at all is refused at {@code path}. */
    public static CommandLine parse(String text, String path) {
        if (text.isBlank()) {
            throw InvalidInputException.of(path, "is empty");
        }
        return new CommandLine(new Splitter(text, path).words());
    }

    /**
     * A problem when this command hands a script to a shell ({@code sh -c}, {@code bash -lc}, also behind
     * {@code env} or {@code timeout}) and holds a template anywhere: a value inside a script would run as code.
     */
    public Optional<Problem> templateInShellScript(String path) {
        if (!runsShellScript() || words.stream().noneMatch(CommandLine::holdsTemplate)) {
            return Optional.empty();
        }
        return Optional.of(new Problem(path, "runs a shell script, so it must not hold {{…}} templates (a value "
                + "inside a script runs as code): pass each value as an argument of a program without a shell, or "
                + "through context.env and write \"$NAME\" in the script"));
    }

    private boolean runsShellScript() {
        for (int shell = 0; shell < words.size(); shell++) {
            if (SHELLS.contains(programName(words.get(shell)))) {
                for (String option : words.subList(shell + 1, words.size())) {
                    if (option.equals("--command")
                            || option.startsWith("-") && !option.startsWith("--") && option.indexOf('c') > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String programName(String word) {
        return word.substring(word.lastIndexOf('/') + 1);
    }

    private static boolean holdsTemplate(String word) {
        int open = word.indexOf("{{");
        return open >= 0 && word.indexOf("}}", open + 2) >= 0;
    }

    private static final class Splitter {

        private final String text;
        private final String path;
        private final List<String> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private boolean inWord;
        private int at;

        Splitter(String text, String path) {
            this.text = text;
            this.path = path;
        }

        List<String> words() {
            while (at < text.length()) {
                char c = text.charAt(at);
                if (BLANKS.indexOf(c) >= 0) {
                    endWord();
                    at++;
                } else if (text.startsWith("\\\n", at)) {
                    at += 2;
                } else {
                    inWord = true;
                    switch (c) {
                        case '\'' -> singleQuoted();
                        case '"' -> doubleQuoted();
                        case '\\' -> escaped();
                        default -> plain();
                    }
                }
            }
            endWord();
            return words;
        }

        private void endWord() {
            if (inWord) {
                words.add(word.toString());
                word.setLength(0);
                inWord = false;
            }
        }

        private void plain() {
            if (!template()) {
                word.append(text.charAt(at++));
            }
        }

        private void singleQuoted() {
            at++;
            while (at < text.length()) {
                if (text.charAt(at) == '\'') {
                    at++;
                    return;
                }
                plain();
            }
            throw InvalidInputException.of(path, "has an unclosed single quote (')");
        }

        private void doubleQuoted() {
            at++;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '"') {
                    at++;
                    return;
                }
                if (c == '\\' && text.startsWith("\n", at + 1)) {
                    at += 2;
                } else if (c == '\\' && at + 1 < text.length()
                        && ESCAPABLE_IN_DOUBLE_QUOTES.indexOf(text.charAt(at + 1)) >= 0) {
                    word.append(text.charAt(at + 1));
                    at += 2;
                } else {
                    plain();
                }
            }
            throw InvalidInputException.of(path, "has an unclosed double quote (\")");
        }

        private void escaped() {
            if (at + 1 >= text.length()) {
                throw InvalidInputException.of(path, "ends with a backslash that escapes nothing");
            }
            word.append(text.charAt(at + 1));
            at += 2;
        }

        /** Copies a whole {@code {{…}}} template into the word, if one starts here. */
        private boolean template() {
            if (!text.startsWith("{{", at)) {
                return false;
            }
            int close = text.indexOf("}}", at + 2);
            if (close < 0) {
                return false;
            }
            word.append(text, at, close + 2);
            at = close + 2;
            return true;
        }
    }
}
