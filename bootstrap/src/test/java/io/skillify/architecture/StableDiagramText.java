package io.skillify.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Spring Modulith's {@code Documenter} writes relations, components and list items in an order that changes
 * from run to run; sorting each run of such lines makes the same code give the same file.
 */
final class StableDiagramText {

    private StableDiagramText() {
    }

    static String of(String text) {
        List<String> lines = text.lines().toList();
        List<String> stable = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (isSortable(line)) {
                Predicate<String> sameKind = kindOf(line);
                int end = i + 1;
                while (end < lines.size() && sameKind.test(lines.get(end))) {
                    end++;
                }
                stable.addAll(sorted(lines.subList(i, end)));
                i = end;
            } else {
                stable.add(line);
                i++;
            }
        }
        return String.join("\n", stable) + "\n";
    }

    private static boolean isSortable(String line) {
        return line.startsWith("Rel(") || line.trim().startsWith("Component(") || line.startsWith("|* ")
                || line.startsWith("* ");
    }

    private static Predicate<String> kindOf(String first) {
        if (first.startsWith("Rel(")) {
            return line -> line.startsWith("Rel(");
        }
        if (first.trim().startsWith("Component(")) {
            return line -> line.trim().startsWith("Component(");
        }
        return line -> line.startsWith("* ");
    }

    /** AsciiDoc list items in a table cell: the first carries the cell's "|", the others do not. */
    private static List<String> sorted(List<String> run) {
        boolean cell = run.getFirst().startsWith("|* ");
        List<String> items = new ArrayList<>(run.stream().map(line -> line.startsWith("|") ? line.substring(1) : line)
                .sorted().toList());
        if (cell) {
            items.set(0, "|" + items.getFirst());
        }
        return items;
    }
}
