package io.skillify.automation.application.expression;

import com.dashjoin.jsonata.Jsonata;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swaps every regular-expression literal of a parsed JSONata expression (which the library compiles for the JDK's
 * backtracking engine) for a {@link LinearRegex}, so that no user pattern ever runs on a backtracking engine.
 * com.dashjoin.jsonata offers no hook for its regex engine, so this walks the parsed syntax tree (the library's
 * package-private {@code Parser.Symbol} nodes) by reflection, generically: any field holding a node, a list or an
 * array of nodes is followed, and any JDK pattern found is replaced.
 */
final class RegexLiterals {

    private static final Field SYNTAX_TREE;
    private static final Class<?> NODE;
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    static {
        try {
            SYNTAX_TREE = Jsonata.class.getDeclaredField("ast");
            SYNTAX_TREE.setAccessible(true);
            NODE = Class.forName("com.dashjoin.jsonata.Parser$Symbol");
        } catch (ReflectiveOperationException unsupported) {
            throw new ExceptionInInitializerError(unsupported);
        }
    }

    private RegexLiterals() {
    }

    /**
     * Makes every regex literal of {@code compiled} linear; a pattern the linear engine cannot express
     * (backreferences, lookaround) throws {@link com.google.re2j.PatternSyntaxException}.
     */
    static void makeLinear(Jsonata compiled) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(read(SYNTAX_TREE, compiled));
        while (!pending.isEmpty()) {
            Object node = pending.pop();
            if (node == null || !seen.add(node)) {
                continue;
            }
            if (node instanceof Collection<?> items) {
                items.forEach(item -> pushIfTree(item, pending));
            } else if (node instanceof Object[] items) {
                for (Object item : items) {
                    pushIfTree(item, pending);
                }
            } else if (NODE.isInstance(node)) {
                for (Field field : fieldsOf(node.getClass())) {
                    Object value = read(field, node);
                    if (value instanceof java.util.regex.Pattern backtracking) {
                        write(field, node, LinearRegex.of(backtracking));
                    } else {
                        pushIfTree(value, pending);
                    }
                }
            }
        }
    }

    private static void pushIfTree(Object value, Deque<Object> pending) {
        if (value != null && (NODE.isInstance(value) || value instanceof Collection<?> || value instanceof Object[])) {
            pending.push(value);
        }
    }

    private static List<Field> fieldsOf(Class<?> type) {
        return FIELDS.computeIfAbsent(type, found -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> at = found; at != null && at != Object.class; at = at.getSuperclass()) {
                for (Field field : at.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()
                            && !field.getType().equals(String.class)) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        });
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static void write(Field field, Object owner, Object value) {
        try {
            field.set(owner, value);
        } catch (IllegalAccessException | IllegalArgumentException unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }
}
