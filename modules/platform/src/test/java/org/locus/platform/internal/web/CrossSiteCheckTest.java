package org.locus.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** What counts as another site's request, from the headers a browser sends; programs send none and pass. */
class CrossSiteCheckTest {

    private final CrossSiteCheck check = new CrossSiteCheck(Set.of());

    @Test
    void aRequestWithoutBrowserHeadersIsAProgramsAndPasses() {
        assertThat(check.isCrossSite("localhost:9080", null, null, null)).isFalse();
    }

    @Test
    void theOwnOriginPassesWhateverTheSchemeBehindAProxy() {
        assertThat(check.isCrossSite("localhost:9080", "http://localhost:9080", "same-origin", null)).isFalse();
        assertThat(check.isCrossSite("locus.example.org", "https://locus.example.org", "same-origin", null)).isFalse();
        assertThat(check.isCrossSite("LOCUS.example.org", "https://locus.example.org", null, null)).isFalse();
    }

    @Test
    void anotherOriginIsRefusedEvenOnTheSameHostWithAnotherPort() {
        assertThat(check.isCrossSite("localhost:9080", "https://evil.example", null, null)).isTrue();
        assertThat(check.isCrossSite("localhost:9080", "http://localhost:9081", null, null)).isTrue();
        assertThat(check.isCrossSite("localhost:9080", "http://localhost", null, null)).isTrue();
    }

    @Test
    void theNullOriginAndOriginsThatAreNoAddressAreRefused() {
        assertThat(check.isCrossSite("localhost:9080", "null", null, null)).isTrue();
        assertThat(check.isCrossSite("localhost:9080", "not an origin", null, null)).isTrue();
        assertThat(check.isCrossSite("localhost:9080", "", null, null)).isTrue();
    }

    @Test
    void theBrowsersCrossSiteOrSameSiteMarkIsRefusedEvenWithoutOrigin() {
        assertThat(check.isCrossSite("localhost:9080", null, "cross-site", null)).isTrue();
        assertThat(check.isCrossSite("locus.example.org", null, "same-site", null)).isTrue();
        assertThat(check.isCrossSite("localhost:9080", null, "none", null)).isFalse();
    }

    @Test
    void aForeignRefererCountsOnlyWithoutOrigin() {
        assertThat(check.isCrossSite("localhost:9080", null, null, "https://evil.example/form.html")).isTrue();
        assertThat(check.isCrossSite("localhost:9080", null, null, "http://localhost:9080/enquiries/new.xhtml")).isFalse();
        assertThat(check.isCrossSite("localhost:9080", "http://localhost:9080", null, "https://evil.example/")).isFalse();
    }

    @Test
    void aTrustedOriginPassesWhenAProxyRewritesTheHost() {
        CrossSiteCheck behindProxy = new CrossSiteCheck(CrossSiteRequestFilter.origins(" https://Locus.example.org/ ,https://b.example"));

        assertThat(behindProxy.isCrossSite("10.0.0.5:9080", "https://locus.example.org", "same-origin", null)).isFalse();
        assertThat(behindProxy.isCrossSite("10.0.0.5:9080", "http://locus.example.org", null, null)).isTrue();
        assertThat(behindProxy.isCrossSite("10.0.0.5:9080", "https://evil.example", null, null)).isTrue();
    }
}
