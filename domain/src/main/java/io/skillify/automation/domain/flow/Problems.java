package io.skillify.automation.domain.flow;

import io.skillify.shared.domain.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a flow, in the order found, up to a cap that keeps error answers small. */
final class Problems {

    static final int MAX = 200;

    private final List<Problem> found = new ArrayList<>();

    void add(String path, String message) {
        if (found.size() < MAX) {
            found.add(new Problem(path, message));
        }
    }

    void addAll(List<Problem> problems) {
        problems.forEach(p -> add(p.path(), p.message()));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
