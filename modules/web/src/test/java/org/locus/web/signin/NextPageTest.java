package org.locus.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NextPageTest {

    @Test
    void goesBackToTheLocalPageThatAskedForSignIn() {
        assertThat(NextPage.after("/engagements/view.xhtml?id=42", Set.of("staff"))).isEqualTo("/engagements/view.xhtml?id=42");
        assertThat(NextPage.after("/intake/forms/assess-fit.xhtml?task=a%20b", Set.of("staff")))
                .isEqualTo("/intake/forms/assess-fit.xhtml?task=a%20b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "/\t/evil.example", "/%0a/x\n", "evil.example/x", "/../../etc/passwd",
            "/login.xhtml?next=/x", "/logout", "/api/tasks", "/errors/problem.xhtml", "/webjars/x.js", ""})
    void neverFollowsAnythingButALocalPage(String next) {
        assertThat(NextPage.after(next, Set.of("staff"))).isEqualTo("/tasks/index.xhtml");
    }

    @Test
    void withoutAPageToGoBackToEachRoleGoesHome() {
        assertThat(NextPage.after(null, Set.of("staff"))).isEqualTo("/tasks/index.xhtml");
        assertThat(NextPage.after(null, Set.of("manager"))).isEqualTo("/tasks/index.xhtml");
        assertThat(NextPage.after(null, Set.of("auditor"))).isEqualTo("/engagements/index.xhtml");
        assertThat(NextPage.after(null, Set.of("admin"))).isEqualTo("/index.xhtml");
        assertThat(NextPage.after(null, Set.of())).isEqualTo("/index.xhtml");
    }

    @Test
    void normalisesDotSegmentsThatStayInside() {
        assertThat(NextPage.after("/tasks/../engagements/index.xhtml", Set.of("auditor"))).isEqualTo("/engagements/index.xhtml");
    }
}
