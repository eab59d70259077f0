package org.locus.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontendAssetsServletTest {

    @Test
    void servesImagesOnly() {
        assertThat(FrontendAssetsServlet.assetPath("/images/govuk-crest.svg")).contains("/images/govuk-crest.svg");
        assertThat(FrontendAssetsServlet.assetPath("/rebrand/images/favicon.svg")).isPresent();
        assertThat(FrontendAssetsServlet.assetPath("/fonts/bold-b542beb274-v2.woff2")).isEmpty();
        assertThat(FrontendAssetsServlet.assetPath(null)).isEmpty();
    }

    @Test
    void refusesPathsThatLeaveTheAssetFolders() {
        assertThat(FrontendAssetsServlet.assetPath("/images/../../../META-INF/MANIFEST.MF")).isEmpty();
        assertThat(FrontendAssetsServlet.assetPath("/images//x.svg")).isEmpty();
        assertThat(FrontendAssetsServlet.assetPath("/images\\x.svg")).isEmpty();
        assertThat(FrontendAssetsServlet.assetPath("/images/")).isEmpty();
    }
}
