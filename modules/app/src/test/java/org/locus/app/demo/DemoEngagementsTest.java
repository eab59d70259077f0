package org.locus.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoEngagementsTest {

    @Test
    void makesDemoDataOnlyInTheDemoProfileOnAnEmptyDatabase() {
        assertThat(DemoEngagements.wanted("demo", 0)).isTrue();
        assertThat(DemoEngagements.wanted("demo", 1)).isFalse();
        assertThat(DemoEngagements.wanted("production", 0)).isFalse();
        assertThat(DemoEngagements.wanted(null, 0)).isFalse();
    }
}
