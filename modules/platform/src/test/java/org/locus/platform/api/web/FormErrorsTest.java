package org.locus.platform.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.web.FormErrors.Message;

class FormErrorsTest {

    @Test
    void sendsEachFieldsMessageToItsComponent() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("placeName", "Enter the name of the place");
        errors.put("contactName", "Enter the contact's name");

        assertThat(FormErrors.messages(errors, Map.of("placeName", "form:placeName:field", "contactName", "form:contactName:field")))
                .containsExactly(new Message("form:placeName:field", "Enter the name of the place"),
                        new Message("form:contactName:field", "Enter the contact's name"));
    }

    @Test
    void aFieldWithoutAComponentBecomesAnErrorOfTheWholeForm() {
        assertThat(FormErrors.messages(Map.of("politicalSponsor.name", "Enter the sponsor's name"), Map.of()))
                .containsExactly(new Message(null, "Enter the sponsor's name"));
    }
}
