package org.locus.web.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;

/**
 * The JSON schema of a task's values, made from the record the API reads them into: its components
 * and their types, the Bean Validation constraints on them (required, lengths, ranges), and the
 * descriptions their OpenAPI annotations give. Fields the record lacks are refused, and the schema says so.
 */
@ApplicationScoped
public class TaskSchemas {

    private final SchemaGenerator generator;
    private final Map<Class<?>, String> made = new ConcurrentHashMap<>();

    public TaskSchemas() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
        config.forFields().withDescriptionResolver(TaskSchemas::description);
        config.forTypesInGeneral().withDescriptionResolver(scope -> {
            Schema schema = scope.getType().getErasedType().getAnnotation(Schema.class);
            return schema == null || schema.description().isEmpty() ? null : schema.description();
        });
        this.generator = new SchemaGenerator(config.build());
    }

    /** The schema as JSON text. */
    public String of(Class<?> values) {
        return made.computeIfAbsent(values, type -> generator.generateSchema(type).toString());
    }

    private static String description(FieldScope field) {
        Schema schema = field.getAnnotationConsideringFieldAndGetter(Schema.class);
        return schema == null || schema.description().isEmpty() ? null : schema.description();
    }
}
