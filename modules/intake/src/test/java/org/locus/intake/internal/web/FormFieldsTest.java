package org.locus.intake.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.error.FieldErrors;
import org.locus.platform.api.web.FormFields;

/**
 * Which field on a page shows an error the service reports: Bean Validation's violations, named
 * by the platform's {@link FieldErrors}, land on the input the person typed the value in.
 */
class FormFieldsTest {

    private final FormFields firstContact = FormFields.sameNames("placeName", "organisations", "contactName", "contactRole");

    private final FormFields scoping = new ScopeEngagementForm().fields();

    @Test
    void showsAMissingPlaceNameOnThePlaceField() {
        Map<String, String> errors = FieldErrors.of(Set.of(violation("Enter the name of the place",
                method("logFirstContact"), parameter("contact"), property("placeName"))));

        assertThat(errors).containsOnlyKeys("placeName");
        assertThat(firstContact.componentFor("placeName")).isEqualTo("placeName");
    }

    @Test
    void showsAnErrorOnOneOrganisationLineOnTheOrganisationsTextarea() {
        Map<String, String> errors = FieldErrors.of(Set.of(violation("Enter the name of each organisation",
                method("logFirstContact"), parameter("contact"), property("organisations"),
                node("<list element>", ElementKind.CONTAINER_ELEMENT))));

        String field = errors.keySet().iterator().next();
        assertThat(firstContact.componentFor(field)).isEqualTo("organisations");
        assertThat(firstContact.componentFor("organisations[2]")).isEqualTo("organisations");
    }

    @Test
    void showsANestedSponsorFieldOnItsOwnInput() {
        Map<String, String> errors = FieldErrors.of(Set.of(violation("Enter the sponsor's job title",
                method("completeScoping"), parameter("scoping"), property("managerialSponsor"), property("jobTitle"))));

        assertThat(errors).containsOnlyKeys("managerialSponsor.jobTitle");
        assertThat(scoping.componentFor("managerialSponsor.jobTitle")).isEqualTo("managerialJobTitle");
    }

    @Test
    void showsAMissingSponsorOnTheFirstFieldOfItsFieldset() {
        assertThat(scoping.componentFor("politicalSponsor")).isEqualTo("politicalName");
        assertThat(scoping.componentFor("managerialSponsor")).isEqualTo("managerialName");
    }

    @Test
    void saysWhichSponsorAMessageIsAbout() {
        ScopeEngagementForm form = new ScopeEngagementForm();

        assertThat(form.reworded("politicalSponsor.name", "Enter the sponsor's name"))
                .isEqualTo("Enter the political sponsor's name");
        assertThat(form.reworded("managerialSponsor.jobTitle", "Enter the sponsor's job title"))
                .isEqualTo("Enter the managerial sponsor's job title");
        assertThat(form.reworded("politicalSponsor", "Enter the political sponsor before completing scoping"))
                .isEqualTo("Enter the political sponsor before completing scoping");
    }

    @Test
    void leavesAFieldWithNoInputToTheErrorSummary() {
        assertThat(firstContact.componentFor("request")).isNull();
        assertThat(firstContact.componentFor("something.else")).isNull();
    }

    @SuppressWarnings("unchecked")
    private static ConstraintViolation<Object> violation(String message, Path.Node... nodes) {
        List<Path.Node> path = new ArrayList<>(List.of(nodes));
        ConstraintViolation<Object> violation = mock(ConstraintViolation.class);
        when(violation.getMessage()).thenReturn(message);
        when(violation.getPropertyPath()).thenReturn(path::iterator);
        return violation;
    }

    private static Path.Node method(String name) {
        return node(name, ElementKind.METHOD);
    }

    private static Path.Node parameter(String name) {
        return node(name, ElementKind.PARAMETER);
    }

    private static Path.Node property(String name) {
        return node(name, ElementKind.PROPERTY);
    }

    private static Path.Node node(String name, ElementKind kind) {
        return new Path.Node() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean isInIterable() {
                return false;
            }

            @Override
            public Integer getIndex() {
                return null;
            }

            @Override
            public Object getKey() {
                return null;
            }

            @Override
            public ElementKind getKind() {
                return kind;
            }

            @Override
            public <T extends Path.Node> T as(Class<T> nodeType) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
