package org.locus.benchmark;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Response times of one kind of request, recorded from many threads, read as percentiles in milliseconds. */
final class Latencies {

    // Microseconds, three significant digits: enough to tell 0.1 ms apart without growing large.
    private final Histogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);

    void record(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMicros(nanos), histogram.getHighestTrackableValue())));
    }

    long count() {
        return histogram.getTotalCount();
    }

    double percentile(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double p99() {
        return percentile(99);
    }

    double max() {
        return histogram.getMaxValue() / 1000.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
                count(), p50(), p95(), p99(), max());
    }
}
