package io.skillify.shared.adapter.in.rest;

import io.skillify.shared.application.json.JsonNesting;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonDepth;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses every JSON request body nested deeper than {@link JsonDepth#MAX} levels (400, naming where the level too
 * many starts) before Jackson builds anything of it, on every route. The body is read through the size limit, so a
 * body too large is still a 413 first.
 */
@RestControllerAdvice
class JsonDepthLimit extends RequestBodyAdviceAdapter {

    static final String MESSAGE = "Request body is nested deeper than " + JsonDepth.MAX + " levels";

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        Optional<String> tooDeep = JsonNesting.beyondLimit(body);
        if (tooDeep.isPresent()) {
            throw new InvalidInputException(MESSAGE, List.of(new Problem(tooDeep.get(), JsonDepth.TOO_DEEP)));
        }
        return new ReadBody(input.getHeaders(), body);
    }

    private record ReadBody(HttpHeaders headers, byte[] bytes) implements HttpInputMessage {

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
