package org.locus.app.container;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends a request exactly as written, byte for byte, over a plain socket to the test server on
 * 127.0.0.1: Java's HTTP client refuses what a hostile client sends (a bad Host, %00, unknown methods,
 * broken chunks), and those are what the server must answer well. Bounded: a connection and every read
 * time out, and at most {@value #MAX_RESPONSE_BYTES} bytes are read.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 15_000;
    private static final int MAX_RESPONSE_BYTES = 1 << 20;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    static RawHttp forTestServer() {
        return new RawHttp(Integer.parseInt(System.getProperty("locus.test.http.port", "9180")));
    }

    /** A response as received: status line, headers, body (undecoded: chunk sizes stay in it). */
    record Response(int status, List<String> headers, String body) {

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).trim()).findFirst().orElse(null);
        }

        String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type.toLowerCase(Locale.ROOT);
        }
    }

    /** Sends the head (lines without line ends; CRLF is added, and the blank line) and the body, if any. */
    Response send(List<String> head, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            StringBuilder text = new StringBuilder();
            for (String line : head) {
                text.append(line).append("\r\n");
            }
            text.append("\r\n");
            out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            socket.shutdownOutput();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("sending " + (head.isEmpty() ? "" : head.get(0)), e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0 && bytes.size() < MAX_RESPONSE_BYTES; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // Keep-alive or a server that never closes: what came so far is the answer; none at all is a failure.
            if (bytes.size() == 0) {
                throw e;
            }
        } catch (IOException e) {
            // A reset after the answer (the server closing on a request it refused) leaves the answer readable.
            if (bytes.size() == 0) {
                throw e;
            }
        }
        return bytes.toByteArray();
    }

    private static Response parse(byte[] raw) {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int headEnd = all.indexOf("\r\n\r\n");
        String head = headEnd < 0 ? all : all.substring(0, headEnd);
        String body = headEnd < 0 ? "" : new String(raw, headEnd + 4, raw.length - headEnd - 4, StandardCharsets.UTF_8);
        String[] lines = head.split("\r\n");
        int status = -1;
        if (lines.length > 0 && lines[0].startsWith("HTTP/")) {
            String[] parts = lines[0].split(" ", 3);
            status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        }
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            headers.add(lines[i]);
        }
        return new Response(status, headers, body);
    }
}
