package org.locus.web.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void countsPagesOfTwenty() {
        Paging paging = Paging.of(57, 20, 2);

        assertThat(paging.lastPage()).isEqualTo(3);
        assertThat(paging.first()).isEqualTo(20);
        assertThat(paging.from()).isEqualTo(21);
        assertThat(paging.to()).isEqualTo(40);
        assertThat(paging.hasPrevious()).isTrue();
        assertThat(paging.hasNext()).isTrue();
    }

    @Test
    void anEmptyListIsOneEmptyPageWithoutPagination() {
        Paging paging = Paging.of(0, 20, 1);

        assertThat(paging.lastPage()).isEqualTo(1);
        assertThat(paging.from()).isZero();
        assertThat(paging.to()).isZero();
        assertThat(paging.isNeeded()).isFalse();
    }

    @Test
    void exactlyFullPagesHaveNoEmptyPageAfterThem() {
        assertThat(Paging.of(40, 20, 1).lastPage()).isEqualTo(2);
        assertThat(Paging.of(41, 20, 1).lastPage()).isEqualTo(3);
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() {
        Paging paging = Paging.of(45, 20, 9);

        assertThat(paging.page()).isEqualTo(3);
        assertThat(paging.to()).isEqualTo(45);
        assertThat(paging.hasNext()).isFalse();
    }

    @Test
    void readsPageNumbersLeniently() {
        assertThat(Paging.pageNumber("3")).isEqualTo(3);
        assertThat(Paging.pageNumber("0")).isEqualTo(1);
        assertThat(Paging.pageNumber("-2")).isEqualTo(1);
        assertThat(Paging.pageNumber("two")).isEqualTo(1);
        assertThat(Paging.pageNumber("99999999999")).isEqualTo(1);
        assertThat(Paging.pageNumber(null)).isEqualTo(1);
    }

    @Test
    void showsFirstLastCurrentAndNeighboursWithEllipses() {
        // GOV.UK's own example: page 10 of 40.
        assertThat(Paging.of(800, 20, 10).items()).containsExactly(1, null, 9, 10, 11, null, 40);
        assertThat(Paging.of(800, 20, 1).items()).containsExactly(1, 2, null, 40);
        assertThat(Paging.of(800, 20, 40).items()).containsExactly(1, null, 39, 40);
    }

    @Test
    void neverHidesASinglePageBehindAnEllipsis() {
        assertThat(Paging.of(100, 20, 4).items()).containsExactly(1, 2, 3, 4, 5);
        assertThat(Paging.of(60, 20, 2).items()).containsExactly(1, 2, 3);
        assertThat(Paging.of(20, 20, 1).items()).isEqualTo(Arrays.asList(1));
    }
}
