package org.locus.platform.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A back link goes only to a page of this Locus, on this host, that the person came from. */
class BackLinkTest {

    private static final String FORM = "/intake/forms/assess-fit.xhtml";

    @Test
    void goesBackToTheLocusPageThePersonCameFrom() {
        BackLink back = back("http://locus.example/engagements/view.xhtml?id=e-1");

        assertThat(back).isEqualTo(new BackLink("/engagements/view.xhtml?id=e-1", "Back"));
    }

    @Test
    void goesToTheTasksFromAnotherSiteABookmarkOrAnotherApplication() {
        assertThat(back("https://elsewhere.example/engagements/view.xhtml")).isEqualTo(BackLink.toTasks());
        assertThat(back(null)).isEqualTo(BackLink.toTasks());
        assertThat(BackLink.from("http://locus.example/other/page.xhtml", "locus.example", "/locus", FORM,
                BackLink.toTasks())).isEqualTo(BackLink.toTasks());
        assertThat(back("javascript:alert(1)")).isEqualTo(BackLink.toTasks());
    }

    @Test
    void neverGoesBackToSigningInAnErrorPageOrThePageItself() {
        assertThat(back("http://locus.example/login.xhtml")).isEqualTo(BackLink.toTasks());
        assertThat(back("http://locus.example/errors/problem.xhtml")).isEqualTo(BackLink.toTasks());
        assertThat(back("http://locus.example" + FORM + "?task=t-1")).isEqualTo(BackLink.toTasks());
        assertThat(back("http://locus.example/tasks/../../etc/passwd")).isEqualTo(BackLink.toTasks());
    }

    @Test
    void keepsTheApplicationsContextPathOutOfThePath() {
        BackLink back = BackLink.from("http://locus.example/locus/tasks/index.xhtml?scope=groups&page=2",
                "locus.example", "/locus", FORM, BackLink.toTasks());

        assertThat(back.path()).isEqualTo("/tasks/index.xhtml?scope=groups&page=2");
    }

    private static BackLink back(String referer) {
        return BackLink.from(referer, "locus.example", "", FORM, BackLink.toTasks());
    }
}
