package org.locus.app.container;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that Maven built, as Arquillian deploys it: exactly what production runs, plus any test classes. */
final class LocusDeployment {

    private static final String WEB_XML = "WEB-INF/web.xml";

    /**
     * Arquillian runs in-container tests through its own servlet; Locus denies every path it does not
     * name, so the test deployment (and only it) names that one too.
     */
    private static final String TEST_RUNNER_CONSTRAINT = """
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian's test runner (test deployments only)</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-app>""";

    private LocusDeployment() {
    }

    /** The WAR as built, for tests that talk to it over HTTP as clients do. */
    static WebArchive war() {
        File war = new File(System.getProperty("locus.war", "target/locus.war"));
        return ShrinkWrap.create(ZipImporter.class, "locus.war").importFrom(war).as(WebArchive.class);
    }

    /** The WAR plus the given test classes (and AssertJ), run inside the server. */
    static WebArchive withTestClasses(Class<?>... classes) {
        WebArchive war = war();
        String webXml = read(war, WEB_XML).replace("</web-app>", TEST_RUNNER_CONSTRAINT);
        war.delete(WEB_XML);
        war.addAsWebInfResource(new StringAsset(webXml), "web.xml");
        // In-container tests assert with AssertJ, which the production WAR does not carry.
        return war.addClasses(classes).addPackages(true, "org.assertj.core");
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
