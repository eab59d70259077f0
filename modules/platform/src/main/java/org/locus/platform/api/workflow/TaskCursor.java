package org.locus.platform.api.workflow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a tasklist page ended: the sort key (due date, creation time, task id) of its last task.
 * The next page starts after it, whatever was added or completed meanwhile, and however deep in
 * the list, without counting past the rows before it (keyset paging).
 */
public record TaskCursor(Instant due, Instant created, String taskId) {

    public static TaskCursor after(WorkTask task) {
        return new TaskCursor(task.due(), task.created(), task.id());
    }

    /** An opaque token for a URL. */
    public String encode() {
        String key = (due == null ? "-" : Long.toString(due.toEpochMilli())) + "|" + created.toEpochMilli() + "|" + taskId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token stands for, or empty if it is not one of ours. */
    public static Optional<TaskCursor> decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3 || parts[2].isEmpty()) {
                return Optional.empty();
            }
            Instant due = "-".equals(parts[0]) ? null : Instant.ofEpochMilli(Long.parseLong(parts[0]));
            return Optional.of(new TaskCursor(due, Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
