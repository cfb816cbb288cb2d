package io.skillify.automation.application.expression;

import com.dashjoin.jsonata.Jsonata;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSONata regular expression ({@code /…/flags}) run by RE2/J, whose matching time is linear in the input: no
 * pattern can backtrack catastrophically. Applied to a string as a function it answers JSONata's match object
 * ({@code match}, {@code start}, {@code end}, {@code groups}, {@code next()}).
 */
final class LinearRegex extends Jsonata.JFunction {

    private final Pattern pattern;

    private LinearRegex(Pattern pattern) {
        super(LinearRegex::unused, "<s:o>");
        this.pattern = pattern;
    }

    /** The same pattern and flags on RE2/J; a pattern RE2/J cannot express throws {@link com.google.re2j.PatternSyntaxException}. */
    static LinearRegex of(java.util.regex.Pattern backtracking) {
        int flags = 0;
        if ((backtracking.flags() & java.util.regex.Pattern.CASE_INSENSITIVE) != 0) {
            flags |= Pattern.CASE_INSENSITIVE;
        }
        if ((backtracking.flags() & java.util.regex.Pattern.MULTILINE) != 0) {
            flags |= Pattern.MULTILINE;
        }
        if ((backtracking.flags() & java.util.regex.Pattern.DOTALL) != 0) {
            flags |= Pattern.DOTALL;
        }
        return new LinearRegex(Pattern.compile(backtracking.pattern(), flags));
    }

    private static Object unused(Object input, List<?> args) {
        throw new UnsupportedOperationException("a regular expression is applied through call(...)");
    }

    /** A pattern matching {@code text} literally. */
    static LinearRegex literal(String text) {
        return new LinearRegex(Pattern.compile(Pattern.quote(text)));
    }

    Matcher matcher(String text) {
        return pattern.matcher(text);
    }

    @Override
    public Object call(Object input, List args) {
        Object text = args.isEmpty() ? input : args.getFirst();
        if (!(text instanceof String string)) {
            return null;
        }
        return closure(matcher(string), string.length(), 0);
    }

    private static Object closure(Matcher matcher, int length, int from) {
        if (from > length || !matcher.find(from)) {
            return null;
        }
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("match", matcher.group());
        match.put("start", matcher.start());
        match.put("end", matcher.end());
        match.put("groups", groups(matcher));
        int next = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
        match.put("next", (Jsonata.Fn0<Object>) () -> closure(matcher, length, next));
        return match;
    }

    static List<String> groups(Matcher matcher) {
        List<String> groups = new ArrayList<>();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            groups.add(matcher.group(group) == null ? "" : matcher.group(group));
        }
        return groups;
    }
}
