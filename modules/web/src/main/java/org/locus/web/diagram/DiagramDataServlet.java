package org.locus.web.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.locus.platform.api.diagram.ProcessDiagrams;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.error.NotFoundException;
import org.locus.web.rest.ProgressJson;

/**
 * What the diagram pages' script fetches, in the signed-in person's session: {@code /manage/data/progress?engagement=}
 * (the same JSON as {@code GET /api/engagements/{id}/progress}) and {@code /manage/data/diagram?definition=} (the BPMN).
 * The API takes HTTP basic only, never the browser's session, so the page cannot call it; under {@code /manage/}
 * the web descriptor's roles (manager, auditor) apply as to the pages themselves.
 */
@WebServlet(name = "diagramData", urlPatterns = "/manage/data/*")
public class DiagramDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProcessDiagrams diagrams;
    @Inject
    private transient EngagementDirectory engagements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = Optional.ofNullable(request.getPathInfo()).orElse("");
        response.setHeader("Cache-Control", "no-store");
        switch (what) {
            case "/progress" -> progress(request.getParameter("engagement"), response);
            case "/diagram" -> diagram(request.getParameter("definition"), response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void progress(String engagementId, HttpServletResponse response) throws IOException {
        ProgressJson progress;
        try {
            progress = ProgressJson.find(engagementId, engagements, diagrams);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Jsonb jsonb = JsonbBuilder.create()) {
            jsonb.toJson(progress, response.getWriter());
        } catch (Exception e) {
            throw new IOException("Could not write the progress", e);
        }
    }

    private void diagram(String definitionId, HttpServletResponse response) throws IOException {
        Optional<String> xml = diagrams.xml(definitionId);
        if (xml.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(xml.get());
    }
}
