package io.skillify.automation.application.expression;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/**
 * Whether a JSONata value would serialize to more than a budget of bytes, counted roughly (characters, not UTF-8
 * bytes) and without building the JSON: the walk stops as soon as the budget is spent, so a value that shares
 * sub-values many times over (and would print exponentially large) is judged in bounded time.
 */
final class ResultSize {

    private ResultSize() {
    }

    static boolean exceeds(Object value, long budget) {
        long used = 0;
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(value == null ? "" : value);
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            switch (next) {
                case CharSequence text -> used += text.length() + 2;
                case Map<?, ?> map -> {
                    used += 2 + map.size();
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        used += String.valueOf(entry.getKey()).length() + 3;
                        if (used > budget) {
                            return true;
                        }
                        pending.push(entry.getValue() == null ? "" : entry.getValue());
                    }
                }
                case Collection<?> list -> {
                    used += 2 + list.size();
                    if (used > budget) {
                        return true;
                    }
                    for (Object item : list) {
                        pending.push(item == null ? "" : item);
                    }
                }
                default -> used += 8;
            }
            if (used > budget) {
                return true;
            }
        }
        return false;
    }
}
