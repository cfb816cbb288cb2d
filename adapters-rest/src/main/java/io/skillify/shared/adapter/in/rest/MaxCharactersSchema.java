package io.skillify.shared.adapter.in.rest;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * {@link MaxCharacters} as the schema's {@code maxLength}. JSON Schema counts a string's length in characters (code
 * points), as the annotation does.
 */
final class MaxCharactersSchema implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (property == null || annotations == null) {
            return property;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof MaxCharacters max) {
                property.setMaxLength(max.value());
            }
        }
        return property;
    }
}
