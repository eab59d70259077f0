package org.locus.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    private static final BodyLimits LIMITS = new BodyLimits(100, 4, Duration.ofSeconds(10));

    @Test
    void readsABodyWithinTheLimitsWhole() throws Exception {
        byte[] body = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);

        assertThat(new BoundedBody(LIMITS, System::nanoTime).read(new ByteArrayInputStream(body), body.length)).isEqualTo(body);
    }

    @Test
    void refusesABodyAnnouncedAsTooLargeWithoutReadingIt() {
        InputStream nothingRead = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read a body announced as too large");
            }
        };

        assertThatThrownBy(() -> new BoundedBody(LIMITS, System::nanoTime).read(nothingRead, 101))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> assertThat(e.problem().status()).isEqualTo(413));
    }

    @Test
    void stopsReadingAnUnannouncedBodyOneBytePastTheLimit() {
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> new BoundedBody(LIMITS, System::nanoTime).read(endless, -1))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> assertThat(e.problem().status()).isEqualTo(413));
        assertThat(endless.served).isEqualTo(101);
    }

    @Test
    void refusesABodyThatTakesLongerThanTheReadTime() {
        AtomicLong clock = new AtomicLong();
        InputStream slow = new InputStream() {
            @Override
            public int read() {
                clock.addAndGet(Duration.ofSeconds(3).toNanos());
                return ' ';
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                // one byte at a time, three seconds apart
                into[offset] = (byte) read();
                return 1;
            }
        };

        assertThatThrownBy(() -> new BoundedBody(LIMITS, clock::get).read(slow, -1))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(408);
                    assertThat(e.problem().detail()).isEqualTo("Send the whole body within 10 seconds.");
                });
    }

    @Test
    void answersABodyThatStopsArrivingAsTooSlowNotAsAFailure() {
        InputStream timedOut = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("read timed out");
            }
        };

        assertThatThrownBy(() -> new BoundedBody(LIMITS, System::nanoTime).read(timedOut, 50))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> assertThat(e.problem().status()).isEqualTo(408));
    }

    /** Serves spaces for ever, counting them. */
    private static final class CountingStream extends InputStream {
        private int served;

        @Override
        public int read() {
            served++;
            return ' ';
        }
    }
}
