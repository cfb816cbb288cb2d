package io.skillify.automation.application.nodetype;

import com.google.re2j.Pattern;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * JSON Schema {@code pattern} and {@code patternProperties} on RE2/J: matching time is linear in the input, so no
 * user pattern can backtrack catastrophically. A pattern RE2/J cannot express (backreferences, lookaround) does
 * not compile, which makes the schema invalid.
 */
final class LinearRegularExpressions implements RegularExpressionFactory {

    static final LinearRegularExpressions INSTANCE = new LinearRegularExpressions();

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return text -> pattern.matcher(text).find();
    }
}
