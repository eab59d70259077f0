package org.locus.platform.internal.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.locus.platform.api.error.InvalidRequestException;

/**
 * Every request body any resource reads passes here first, whatever the operation: it is read
 * within the {@link BodyLimits} (size and time), and a JSON body must be one complete, well-formed
 * value, nested no deeper than the limit, before JSON-B or JSON-P sees it; a body read into a record
 * may hold no member the record lacks. One provider for every entry point, so that an operation
 * added later is covered without a word.
 */
@Provider
@ApplicationScoped
public class JsonBodyInterceptor implements ReaderInterceptor {

    static final String UNKNOWN_FIELD = "Locus does not know this field: remove it or check its spelling";

    private final BodyLimits limits;
    private final JsonProvider json;

    /** For the CDI proxy. */
    public JsonBodyInterceptor() {
        this.limits = null;
        this.json = null;
    }

    @Inject
    JsonBodyInterceptor(@ConfigProperty(name = "locus.rest.body.maxBytes", defaultValue = "262144") int maxBytes,
                        @ConfigProperty(name = "locus.rest.body.maxDepth", defaultValue = "16") int maxDepth,
                        @ConfigProperty(name = "locus.rest.body.readSeconds", defaultValue = "10") int readSeconds) {
        this(new BodyLimits(maxBytes, maxDepth, Duration.ofSeconds(readSeconds)), JsonProvider.provider());
    }

    JsonBodyInterceptor(BodyLimits limits, JsonProvider json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = new BoundedBody(limits, System::nanoTime).read(context.getInputStream(), declaredLength(context));
        if (isJson(context.getMediaType())) {
            Charset charset = charsetOf(context.getMediaType());
            new WellFormedJson(json, limits.maxDepth()).check(body, charset);
            refuseUnknownFields(body, charset, context);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private void refuseUnknownFields(byte[] body, Charset charset, ReaderInterceptorContext context) {
        JsonValue value;
        try (JsonReader reader = json.createReaderFactory(Map.of()).createReader(new ByteArrayInputStream(body), charset)) {
            value = reader.readValue();
        }
        List<String> unknown = UnknownFields.in(value, context.getGenericType());
        if (!unknown.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            unknown.forEach(field -> errors.put(field, UNKNOWN_FIELD));
            throw new InvalidRequestException("Locus does not know " + (unknown.size() == 1 ? "the field " : "the fields ")
                    + String.join(", ", unknown) + ". Remove " + (unknown.size() == 1 ? "it" : "them")
                    + " or check the spelling.", errors);
        }
    }

    private static long declaredLength(ReaderInterceptorContext context) {
        String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** JSON is UTF-8 (RFC 8259) unless the client names another charset; one Java cannot read is refused. */
    private static Charset charsetOf(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new BodyRefusedException(Problems.bodyNotJson("The request body's charset " + name
                    + " is not one Locus reads. Send UTF-8."));
        }
    }

    static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
    }
}
