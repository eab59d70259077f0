package org.locus.platform.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers for GOV.UK Frontend's stylesheet from the webjar with a copy that uses system fonts
 * (see {@link SystemFonts}), at the webjar's own address, so pages link the stylesheet as GOV.UK
 * documents it. The copy is made once, when the filter starts.
 */
@WebFilter(filterName = "systemFontStylesheet", urlPatterns = Frontend.GOVUK_STYLESHEET)
public class SystemFontStylesheetFilter extends HttpFilter {

    private byte[] stylesheet;
    private String etag;

    @Override
    public void init() throws ServletException {
        try (InputStream original = getServletContext().getResourceAsStream(Frontend.GOVUK_STYLESHEET)) {
            if (original == null) {
                throw new ServletException("GOV.UK Frontend's stylesheet is missing from the webjar: " + Frontend.GOVUK_STYLESHEET);
            }
            String css = new String(original.readAllBytes(), StandardCharsets.UTF_8);
            stylesheet = SystemFonts.withoutGdsTransport(css).getBytes(StandardCharsets.UTF_8);
            etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stylesheet), 0, 8) + "\"";
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new ServletException("Cannot read GOV.UK Frontend's stylesheet", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/css;charset=UTF-8");
        response.setContentLength(stylesheet.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(stylesheet);
        }
    }
}
