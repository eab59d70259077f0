package org.locus.web.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.timeline.TimelineKind;
import org.locus.platform.api.timeline.TimelineQuery;

/**
 * The query parameters of an engagement's timeline ({@code kind}, {@code person}, {@code page}, {@code size}), read
 * by hand so that every wrong one is named in one 400, as people and API clients can act on.
 */
final class TimelineQueryParameters {

    /** A user id as Locus's configured users have them; anything else cannot have done anything. */
    static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private TimelineQueryParameters() {
    }

    static TimelineQuery parse(String kind, String person, String page, String size) {
        Map<String, String> errors = new LinkedHashMap<>();
        TimelineKind kindAsked = null;
        try {
            kindAsked = TimelineKind.parse("kind", kind);
        } catch (InvalidRequestException e) {
            errors.putAll(e.fieldErrors());
        }
        String personAsked = person == null || person.isBlank() ? null : person.strip();
        if (personAsked != null && !USER_ID.matcher(personAsked).matches()) {
            errors.put("person", "Person must be a user id, such as sam: letters, digits, dots, dashes, up to 64 characters");
        }
        Integer pageAsked = wholeNumber(page, 1);
        if (pageAsked == null || pageAsked < 1) {
            errors.put("page", "Page must be a whole number, 1 or more");
        }
        Integer sizeAsked = wholeNumber(size, TimelineQuery.DEFAULT_SIZE);
        if (sizeAsked == null || sizeAsked < 1 || sizeAsked > TimelineQuery.MAX_SIZE) {
            errors.put("size", "Size must be a whole number from 1 to " + TimelineQuery.MAX_SIZE);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join(". ", errors.values()) + ".", errors);
        }
        return new TimelineQuery(kindAsked, personAsked, pageAsked, sizeAsked);
    }

    private static Integer wholeNumber(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
