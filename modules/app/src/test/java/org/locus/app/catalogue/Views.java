package org.locus.app.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Every page a person can open, found in the WAR as built: the Facelets files in the WAR itself and in
 * its jars' {@code META-INF/resources}, minus what only helps build pages. A page is a file whose root
 * element is {@code <ui:composition template="...">} and which inserts nothing itself; templates
 * ({@code <ui:insert>}), includes (a composition without a template) and composite components
 * ({@code <cc:interface>}) are not pages.
 */
public final class Views {

    /** The root element (comments and the doctype skipped) with a template attribute. */
    private static final Pattern PAGE_ROOT = Pattern.compile("^\\s*<ui:composition\\b[^>]*\\btemplate=\"[^\"]+\"", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\b[^>]*\\bname=\"([^\"]+)\"");

    /** A page: its path from the context root, and the names of the parameters it reads from the query. */
    public record View(String path, List<String> parameters) {
    }

    /** Facelets files that are not pages, by what they are; for the report of what the catalogue left out. */
    public record Found(List<View> pages, List<String> notPages) {
    }

    private Views() {
    }

    /** The pages and the other Facelets files of the WAR at this path. */
    public static Found in(Path war) {
        List<View> pages = new ArrayList<>();
        List<String> notPages = new ArrayList<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().endsWith(".xhtml") && !entry.getName().startsWith("WEB-INF/")) {
                    sort("/" + entry.getName(), read(zip.getInputStream(entry)), pages, notPages);
                } else if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    inJar(read(zip.getInputStream(entry)).getBytes(StandardCharsets.ISO_8859_1), pages, notPages);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.sort(Comparator.comparing(View::path));
        return new Found(pages, notPages);
    }

    private static void inJar(byte[] jar, List<View> pages, List<String> notPages) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.startsWith("META-INF/resources/") && name.endsWith(".xhtml")) {
                    sort(name.substring("META-INF/resources".length()), new String(in.readAllBytes(), StandardCharsets.UTF_8), pages, notPages);
                }
            }
        }
    }

    private static void sort(String path, String source, List<View> pages, List<String> notPages) {
        String code = DOCTYPE.matcher(COMMENT.matcher(source).replaceAll("")).replaceAll("");
        if (PAGE_ROOT.matcher(code).find() && !code.contains("<ui:insert")) {
            Set<String> parameters = new LinkedHashSet<>();
            Matcher parameter = VIEW_PARAM.matcher(code);
            while (parameter.find()) {
                parameters.add(parameter.group(1));
            }
            pages.add(new View(path, List.copyOf(parameters)));
        } else {
            notPages.add(path);
        }
    }

    /** Bytes as ISO-8859-1 text, so that a jar read whole survives the round trip to bytes. */
    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
