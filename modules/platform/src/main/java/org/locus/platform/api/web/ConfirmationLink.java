package org.locus.platform.api.web;

import java.io.Serializable;

/**
 * A link the success banner shows under its confirmation ("Open the next task: Confirm fit"), for
 * the flash value {@code confirmationLinks} (a list of these), put there before a redirect.
 *
 * @param path a page within the application, such as {@code /engagements/view.xhtml?id=...}
 * @param id   the link's element id, for tests
 */
public record ConfirmationLink(String text, String path, String id) implements Serializable {

    public static final String FLASH_KEY = "confirmationLinks";
}
