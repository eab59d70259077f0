package org.locus.app.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an answer must never show an outsider: a stack trace, an exception's or a Java class's name, the
 * server product's name, a server message id. One list, used by every test that sends something odd.
 */
public final class Leaks {

    /** A Java stack frame, as any JVM prints it. */
    public static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$]+(\\.[\\w$]+)+\\(");
    /** A qualified Java class or package name of the usual roots, e.g. com.ibm.wsspi.webcontainer.util.RequestUtils. */
    public static final Pattern CLASS_NAME = Pattern.compile("\\b(com|org|java|javax|jakarta|io|sun|net)\\.[a-z][\\w]*\\.[\\w.$]+");
    /** Names the faces pages use in their markup (a resource path, the view state field): not class names. */
    public static final Pattern FACES_MARKUP = Pattern.compile(
            "jakarta\\.faces\\.(resource|ViewState|ClientWindow|Source|Behavior\\.Event|Partial\\.\\w+)");
    public static final Pattern PRODUCT = Pattern.compile("(?i)\\b(open ?liberty|liberty|websphere|ibm)\\b");
    /** A Liberty message id (SRVE0295E, CWWWC0005I...). */
    public static final Pattern MESSAGE_ID = Pattern.compile("\\b[A-Z]{4,5}\\d{4}[IEWA]\\b");
    /** Words of a framework's own error page or a database's error text. */
    private static final Pattern FRAMEWORK = Pattern.compile(
            "(?i)(Error 500|Internal Server Error|SQLSTATE|PSQLException|JdbcSQL|syntax error at or near|EclipseLink|RESTEASY|Mojarra|MyFaces|ViewExpired|Caused by)");

    private Leaks() {
    }

    /** What the text (an answer's headers and body) gives away; empty when nothing. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        if (STACK_FRAME.matcher(text).find()) {
            found.add("a stack trace");
        }
        if (text.contains("Exception")) {
            found.add("an exception's name");
        }
        if (CLASS_NAME.matcher(FACES_MARKUP.matcher(text).replaceAll("")).find()) {
            found.add("a class name");
        }
        if (PRODUCT.matcher(text).find()) {
            found.add("the product's name");
        }
        if (MESSAGE_ID.matcher(text).find()) {
            found.add("a server message id");
        }
        var framework = FRAMEWORK.matcher(text);
        if (framework.find()) {
            found.add("a framework's or database's words (" + framework.group() + ")");
        }
        return found;
    }

    /** True when the text shows a stack trace or an exception's name: what the figures count as "stack traces". */
    public static boolean stackTrace(String text) {
        return STACK_FRAME.matcher(text).find() || text.contains("Exception") || text.contains("Caused by");
    }
}
