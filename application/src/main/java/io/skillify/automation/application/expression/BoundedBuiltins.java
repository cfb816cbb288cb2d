package io.skillify.automation.application.expression;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.google.re2j.Matcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replacements of the JSONata built-ins that could allocate without bound or run a user pattern on a backtracking
 * engine, bound in each evaluation's frame (so they shadow the library's): {@code $pad}, {@code $join} and
 * {@code $string} check the size of what they would produce before producing it; {@code $match},
 * {@code $contains}, {@code $replace} and {@code $split} run regular expressions on {@link LinearRegex} (and
 * {@code $replace} treats a string pattern as a literal, as JSONata specifies, never as a regex); {@code $eval}
 * is not available (it would parse and run an expression built from data, outside these checks).
 */
final class BoundedBuiltins {

    private final EvaluationGuard guard;

    BoundedBuiltins(EvaluationGuard guard) {
        this.guard = guard;
    }

    void bindInto(Jsonata.Frame frame) {
        frame.bind("pad", new Jsonata.JFunction(this::pad, "<s-ns?:s>"));
        frame.bind("join", new Jsonata.JFunction(this::join, "<a<s>s?:s>"));
        frame.bind("string", new Jsonata.JFunction(this::string, "<x-b?:s>"));
        frame.bind("match", new Jsonata.JFunction(this::match, "<s-f<s:o>n?:a<o>>"));
        frame.bind("contains", new Jsonata.JFunction(this::contains, "<s-(sf):b>"));
        frame.bind("replace", new Jsonata.JFunction(this::replace, "<s-(sf)(sf)n?:s>"));
        frame.bind("split", new Jsonata.JFunction(this::split, "<s-(sf)n?:a<s>>"));
        frame.bind("eval", new Jsonata.JFunction((input, args) -> {
            throw new JException("$eval is not available in Skillify expressions", -1);
        }, "<sx?:x>"));
    }

    /** JSONata's $pad in linear time (the library's pads one character at a time into a new string each time). */
    private Object pad(Object input, List args) {
        if (!(arg(args, 0) instanceof String text) || !(arg(args, 1) instanceof Number width)) {
            return null;
        }
        long wanted = (long) Math.min(Long.MAX_VALUE, Math.abs(width.doubleValue()));
        long missing = wanted - text.codePointCount(0, text.length());
        if (missing <= 0) {
            return text;
        }
        guard.checkProduces(text.length() + missing);
        int[] padding = (arg(args, 2) instanceof String given && !given.isEmpty() ? given : " ").codePoints().toArray();
        StringBuilder fill = new StringBuilder((int) missing);
        for (int at = 0; at < missing; at++) {
            fill.appendCodePoint(padding[at % padding.length]);
        }
        return width.doubleValue() > 0 ? text + fill : fill + text;
    }

    @SuppressWarnings("unchecked")
    private Object join(Object input, List args) {
        if (!(arg(args, 0) instanceof List<?> strings)) {
            return arg(args, 0) == null ? null : Functions.join(List.of(String.valueOf(arg(args, 0))), null);
        }
        String separator = arg(args, 1) instanceof String given ? given : "";
        long length = (long) separator.length() * strings.size();
        for (Object item : strings) {
            length += item instanceof String text ? text.length() : 0;
            guard.checkProduces(length);
        }
        return Functions.join((List<String>) strings, separator);
    }

    private Object string(Object input, List args) {
        Object value = args.isEmpty() ? input : arg(args, 0);
        if (ResultSize.exceeds(value, guard.maxResultBytes())) {
            guard.checkProduces(Long.MAX_VALUE);
        }
        return Functions.string(value, arg(args, 1) instanceof Boolean pretty ? pretty : null);
    }

    private Object match(Object input, List args) {
        if (!(arg(args, 0) instanceof String text)) {
            return null;
        }
        Matcher matcher = regex(arg(args, 1)).matcher(text);
        int limit = limit(arg(args, 2), "D3040");
        List<Object> matches = new ArrayList<>();
        int from = 0;
        while (matches.size() < limit && from <= text.length() && matcher.find(from)) {
            Map<String, Object> match = new LinkedHashMap<>();
            match.put("match", matcher.group());
            match.put("index", matcher.start());
            match.put("groups", LinearRegex.groups(matcher));
            matches.add(match);
            from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
            guard.checkTimeAndDepth();
        }
        return matches;
    }

    private Object contains(Object input, List args) {
        if (!(arg(args, 0) instanceof String text)) {
            return null;
        }
        return arg(args, 1) instanceof String part ? text.contains(part) : regex(arg(args, 1)).matcher(text).find();
    }

    private Object split(Object input, List args) throws Throwable {
        if (!(arg(args, 0) instanceof String text)) {
            return null;
        }
        if (arg(args, 1) instanceof String) {
            return Functions.split(text, arg(args, 1), (Number) arg(args, 2));
        }
        Matcher matcher = regex(arg(args, 1)).matcher(text);
        int limit = limit(arg(args, 2), "D3020");
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int from = 0;
        while (pieces.size() < limit && from <= text.length() && matcher.find(from)) {
            if (matcher.end() > matcher.start() || matcher.start() > start) {
                pieces.add(text.substring(start, matcher.start()));
                start = matcher.end();
            }
            from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
        }
        if (pieces.size() < limit) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }

    private Object replace(Object input, List args) throws Throwable {
        if (!(arg(args, 0) instanceof String text)) {
            return null;
        }
        Object pattern = arg(args, 1);
        if (pattern instanceof String literal && literal.isEmpty()) {
            throw new JException("D3010", -1);
        }
        LinearRegex regex = pattern instanceof String literal
                ? LinearRegex.literal(literal) : regex(pattern);
        Object replacement = arg(args, 2);
        int limit = limit(arg(args, 3), "D3011");
        Matcher matcher = regex.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int from = 0;
        int replaced = 0;
        while (replaced < limit && from <= text.length() && matcher.find(from)) {
            out.append(text, copied, matcher.start());
            if (replacement instanceof String template) {
                out.append(pattern instanceof String ? template : expand(template, matcher));
            } else {
                out.append(call(replacement, matcher));
            }
            guard.checkProduces(out.length());
            copied = matcher.end();
            from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
            replaced++;
        }
        out.append(text, copied, text.length());
        guard.checkProduces(out.length());
        return out.toString();
    }

    private static String call(Object function, Matcher matcher) throws Throwable {
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("match", matcher.group());
        match.put("index", matcher.start());
        match.put("groups", LinearRegex.groups(matcher));
        Object result = Functions.funcApply(function, List.of(match));
        if (!(result instanceof String text)) {
            throw new JException("D3012", -1);
        }
        return text;
    }

    /** JSONata's replacement string: {@code $$} is a dollar, {@code $n} the n-th group (as many digits as name a group). */
    private static String expand(String template, Matcher matcher) {
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < template.length(); at++) {
            char next = template.charAt(at);
            if (next != '$' || at + 1 >= template.length()) {
                out.append(next);
            } else if (template.charAt(at + 1) == '$') {
                out.append('$');
                at++;
            } else if (Character.isDigit(template.charAt(at + 1))) {
                int end = at + 1;
                int group = -1;
                int number = 0;
                while (end < template.length() && Character.isDigit(template.charAt(end))) {
                    number = number * 10 + (template.charAt(end) - '0');
                    if (number > matcher.groupCount() && group >= 0) {
                        break;
                    }
                    group = number;
                    end++;
                }
                if (group >= 0 && group <= matcher.groupCount()) {
                    out.append(matcher.group(group) == null ? "" : matcher.group(group));
                }
                at = end - 1;
            } else {
                out.append(next);
            }
        }
        return out.toString();
    }

    private static LinearRegex regex(Object pattern) {
        if (pattern instanceof LinearRegex linear) {
            return linear;
        }
        throw new JException("regular expressions must be written as /pattern/ literals", -1);
    }

    private static int limit(Object given, String negativeError) {
        if (given == null) {
            return Integer.MAX_VALUE;
        }
        double limit = ((Number) given).doubleValue();
        if (limit < 0) {
            throw new JException(negativeError, -1);
        }
        return (int) Math.min(limit, Integer.MAX_VALUE);
    }

    private static Object arg(List<?> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }
}
