package io.skillify.shared.adapter.in.rest;

import io.skillify.shared.application.json.JsonTextScan;
import io.skillify.shared.application.json.UnstorableText;
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
 * Refuses, on every route and before Jackson builds anything of it, a JSON request body nested deeper than
 * {@link JsonDepth#MAX} levels or holding text that cannot be stored ({@link UnstorableText}): 400, naming the place.
 * The body is read through the size limit, so a body too large is still a 413 first.
 */
@RestControllerAdvice
class JsonBodyChecks extends RequestBodyAdviceAdapter {

    static final String TOO_DEEP = "Request body is nested deeper than " + JsonDepth.MAX + " levels";
    static final String UNSTORABLE = "Request body holds text that cannot be stored";

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        JsonTextScan scan = JsonTextScan.of(body);
        if (scan.tooDeep().isPresent()) {
            throw new InvalidInputException(TOO_DEEP, List.of(new Problem(scan.tooDeep().get(), JsonDepth.TOO_DEEP)));
        }
        if (scan.unstorable().isPresent()) {
            throw new InvalidInputException(UNSTORABLE,
                    List.of(new Problem(scan.unstorable().get(), UnstorableText.PROBLEM)));
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
