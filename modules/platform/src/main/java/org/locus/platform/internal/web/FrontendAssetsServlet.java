package org.locus.platform.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves {@code /assets/...}, where GOV.UK Frontend's and MOJ Frontend's stylesheets look for their
 * images, from the two webjars. Fonts are not served: Locus uses system fonts (see {@link SystemFonts}).
 */
@WebServlet(name = "frontendAssets", urlPatterns = "/assets/*")
public class FrontendAssetsServlet extends HttpServlet {

    private static final List<String> ASSET_FOLDERS = List.of(Frontend.GOVUK + "/assets", Frontend.MOJ + "/assets");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> path = assetPath(request.getPathInfo());
        Optional<URL> asset = path.flatMap(this::find);
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = getServletContext().getMimeType(path.get());
        response.setContentType(type == null ? "application/octet-stream" : type);
        // The webjars' paths carry their versions, but /assets/ does not: a day is a safe time to keep them.
        response.setHeader("Cache-Control", "public, max-age=86400");
        try (InputStream in = asset.get().openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** The asset's path under /assets, or empty for anything that is not a plain image path. */
    static Optional<String> assetPath(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/images/") && !pathInfo.startsWith("/rebrand/images/")) {
            return Optional.empty();
        }
        if (pathInfo.endsWith("/") || pathInfo.contains("..") || pathInfo.contains("//") || pathInfo.contains("\\")) {
            return Optional.empty();
        }
        return Optional.of(pathInfo);
    }

    private Optional<URL> find(String path) {
        for (String folder : ASSET_FOLDERS) {
            try {
                URL url = getServletContext().getResource(folder + path);
                if (url != null) {
                    return Optional.of(url);
                }
            } catch (java.net.MalformedURLException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
