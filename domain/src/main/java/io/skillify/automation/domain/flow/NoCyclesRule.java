package io.skillify.automation.domain.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Flows are acyclic: a run always ends. Reports one cycle, spelled out, at {@code edges}. */
final class NoCyclesRule implements FlowRule {

    private enum Mark { ON_PATH, DONE }

    @Override
    public void check(FlowDraft flow, Context context, Problems problems) {
        Map<String, List<String>> next = Adjacency.of(flow);
        Map<String, Mark> marks = new HashMap<>();
        for (String start : next.keySet()) {
            if (!marks.containsKey(start)) {
                List<String> cycle = findCycleFrom(start, next, marks);
                if (!cycle.isEmpty()) {
                    problems.add("edges", "must not form a cycle; they do: " + String.join(" → ", cycle));
                    return;
                }
            }
        }
    }

    /** Iterative depth-first search (flows can be deep); returns a cycle as a closed walk, or nothing. */
    private static List<String> findCycleFrom(String start, Map<String, List<String>> next, Map<String, Mark> marks) {
        Deque<String> path = new ArrayDeque<>();
        Deque<Iterator<String>> pending = new ArrayDeque<>();
        path.push(start);
        pending.push(next.get(start).iterator());
        marks.put(start, Mark.ON_PATH);
        while (!path.isEmpty()) {
            Iterator<String> successors = pending.peek();
            if (successors.hasNext()) {
                String successor = successors.next();
                Mark mark = marks.get(successor);
                if (mark == Mark.ON_PATH) {
                    return closedWalk(path, successor);
                }
                if (mark == null) {
                    marks.put(successor, Mark.ON_PATH);
                    path.push(successor);
                    pending.push(next.get(successor).iterator());
                }
            } else {
                marks.put(path.pop(), Mark.DONE);
                pending.pop();
            }
        }
        return List.of();
    }

    private static List<String> closedWalk(Deque<String> path, String repeated) {
        List<String> fromStart = new ArrayList<>(path.reversed());
        List<String> cycle = new ArrayList<>(fromStart.subList(fromStart.indexOf(repeated), fromStart.size()));
        cycle.add(repeated);
        return cycle;
    }
}
