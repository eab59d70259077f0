package org.locus.platform.internal.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Reads a request body whole, but never more than {@link BodyLimits#maxBytes()} of it nor for longer
 * than {@link BodyLimits#readTime()}: a body is refused as soon as it passes either bound, so a client
 * cannot hold a thread by sending much or sending slowly. The time bound is checked whenever a read
 * returns: for a chunked body, at every chunk. A body of declared length Liberty's HTTP channel
 * waits for in one read, which its own read timeout ends (httpOptions readTimeout, 60 s unless
 * server.xml sets it); that failed read is answered as a 408 here too.
 */
final class BoundedBody {

    private static final int CHUNK = 8192;

    private final BodyLimits limits;
    private final LongSupplier nanoTime;

    BoundedBody(BodyLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
    }

    /**
     * @param declaredLength the Content-Length the client announced, or -1: a body announced as too
     *                       large is refused before a byte of it is read
     */
    byte[] read(InputStream in, long declaredLength) {
        if (declaredLength > limits.maxBytes()) {
            throw new BodyRefusedException(Problems.bodyTooLarge(limits.maxBytes()));
        }
        long deadline = nanoTime.getAsLong() + limits.readTime().toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : CHUNK);
        byte[] chunk = new byte[CHUNK];
        int read;
        while ((read = readSome(in, chunk, limits.maxBytes() + 1 - body.size())) != -1) {
            body.write(chunk, 0, read);
            if (body.size() > limits.maxBytes()) {
                throw new BodyRefusedException(Problems.bodyTooLarge(limits.maxBytes()));
            }
            if (nanoTime.getAsLong() - deadline > 0) {
                throw new BodyRefusedException(Problems.bodyTooSlow(limits.readTime()));
            }
        }
        return body.toByteArray();
    }

    /**
     * A failed read (the socket timed out, the client went away) is the client's doing, answered as
     * a body that did not arrive in time, never as a server failure.
     */
    private static int readSome(InputStream in, byte[] chunk, int atMost) {
        try {
            return in.read(chunk, 0, Math.min(chunk.length, atMost));
        } catch (IOException e) {
            throw new BodyRefusedException(Problems.bodyNotArrived());
        }
    }
}
