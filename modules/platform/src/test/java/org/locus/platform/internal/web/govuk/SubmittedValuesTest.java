package org.locus.platform.internal.web.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

/**
 * After an error a field's submitted value stays in the view's state until the next send, and Faces
 * restores only what it can serialise: a value it cannot is an HTTP 500 on the correction ("Could not
 * restore StateHolder of type GovukDateInput$Typed").
 */
class SubmittedValuesTest {

    @Test
    void aDateAsTypedSurvivesSavingTheViewState() throws Exception {
        // The other fields' submitted values are what the browser sent: a String, or a String[] for checkboxes.
        GovukDateInput.Typed typed = new GovukDateInput.Typed("31", "2", "2026");

        assertThat(roundTrip(typed)).isEqualTo(typed);
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
