package org.locus.platform.internal.web.govuk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of an error summary: errors that belong to no field first, then fields in the order
 * they appear on the page (GOV.UK asks for the summary to follow the page), then any others in the
 * order they were raised.
 */
final class ErrorOrder {

    private ErrorOrder() {
    }

    /** @param clientIds client ids with messages, null for the messages of no field */
    static List<String> sort(List<String> clientIds, List<String> pageOrder) {
        List<String> sorted = new ArrayList<>(clientIds);
        sorted.sort(Comparator.comparingInt((String id) -> position(id, clientIds, pageOrder)));
        return sorted;
    }

    private static int position(String clientId, List<String> raised, List<String> pageOrder) {
        if (clientId == null) {
            return -1;
        }
        int onPage = pageOrder.indexOf(clientId);
        return onPage >= 0 ? onPage : pageOrder.size() + raised.indexOf(clientId);
    }
}
