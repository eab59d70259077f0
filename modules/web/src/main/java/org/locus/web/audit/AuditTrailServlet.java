package org.locus.web.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.locus.platform.api.error.NotFoundException;

/**
 * The engagement page's download links, in the signed-in person's session ({@code /manage/audit-trail.json?engagement=}
 * and {@code .csv}): the same bodies as {@code GET /api/engagements/{id}/audit-trail}, which takes HTTP basic only.
 * Under {@code /manage/} the web descriptor lets managers and auditors in, the roles the export is for.
 */
@WebServlet(name = "auditTrail", urlPatterns = {"/manage/audit-trail.json", "/manage/audit-trail.csv"})
public class AuditTrailServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditTrails trails;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditExport export;
        try {
            export = trails.of(request.getParameter("engagement"));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean csv = request.getServletPath().endsWith(".csv");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + export.fileName(csv ? "csv" : "json") + "\"");
        response.setContentType(csv ? AuditTrailResource.CSV : "application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(csv ? export.csv() : export.json());
    }
}
