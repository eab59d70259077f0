package org.locus.web.errors;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.locus.platform.api.web.RefusedRequest;

/**
 * Every error the web container itself answers (web.xml sends them all here): a request Liberty refuses
 * before Locus sees it (an encoded slash in the path, a method no servlet takes), a page nobody may see,
 * a failure nobody foresaw. Without this, Liberty answered with its own page, stack trace and class
 * names included. Under {@code /api} the answer is problem details; elsewhere the GOV.UK error page
 * for the status, or, when that page cannot be shown, a plain page in the same words. The failure
 * itself is never shown; only an unforeseen one (5xx) is logged.
 */
@WebServlet(name = "errorPages", urlPatterns = ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

    static final String PATH = "/errors/page";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

    /** Any method: an error dispatch keeps the refused request's method (PROPFIND, TRACE...). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly rather than as an error page: there is no page at this address.
        int status = code instanceof Integer given ? given : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = pathInApplication(request, uri instanceof String given ? given : request.getRequestURI());
        logIfUnforeseen(status, path, request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));

        Object refused = request.getAttribute(RefusedRequest.ATTRIBUTE);
        boolean refusedForm = status == HttpServletResponse.SC_FORBIDDEN && refused instanceof RefusedRequest;
        ErrorText text = refusedForm ? ErrorText.refused((RefusedRequest) refused) : ErrorText.forStatus(status);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (isApi(path)) {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(text.asProblemJson(status));
        } else if (text.page() != null && (isPlainRead(request) || refusedForm)) {
            try {
                // A refused post is shown its page as a first visit: Faces must not take it for the form post it refused.
                request.getRequestDispatcher(text.page()).forward(refusedForm ? new AsFirstVisit(request) : request, response);
            } catch (ServletException | IOException | RuntimeException e) {
                // The GOV.UK page could not be shown (the cause of the error may be what broke it): the same words, plainly.
                LOG.log(Level.FINE, "Error page " + text.page() + " failed; plain page instead", e);
                if (!response.isCommitted()) {
                    plainPage(response, status, text);
                }
            }
        } else {
            plainPage(response, status, text);
        }
    }

    /** Only GET and HEAD are shown the Faces page: any other method would be taken by Faces as a form post. */
    private static boolean isPlainRead(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method);
    }

    static boolean isApi(String path) {
        // Camunda's REST API (/engine-rest) is read by programs too: its refusals (401, 403) are JSON as well.
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/engine-rest") || path.startsWith("/engine-rest/");
    }

    static String pathInApplication(HttpServletRequest request, String uri) {
        String context = request.getContextPath();
        String path = uri == null ? "" : uri;
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return path.toLowerCase(Locale.ROOT);
    }

    private static void logIfUnforeseen(int status, String path, Object failure) {
        if (status >= 500) {
            // A 4xx is the asker's doing and needs no log line; a 5xx here slipped past every handler.
            LOG.log(Level.SEVERE, "Unforeseen failure answering " + path + " with " + status,
                    failure instanceof Throwable t ? t : null);
        }
    }

    /** The error page without Faces: for methods other than GET and HEAD, and when the GOV.UK page cannot be shown. */
    static void plainPage(HttpServletResponse response, int status, ErrorText text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
        out.write(text.heading());
        out.write(" \u2013 Locus</title></head><body><main><h1>");
        out.write(text.heading());
        out.write("</h1><p>");
        out.write(text.advice());
        out.write("</p><p><a href=\"/\">Go to the Locus home page</a></p></main></body></html>\n");
    }
}
