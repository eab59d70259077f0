package org.locus.benchmark;

/**
 * Task completions over HTTP: each client logs a first contact and completes all six intake tasks
 * through the API, as staff and a manager would, then starts the next one. Completing an unclaimed
 * task claims it, so no separate claim is sent. The last, assignTeam, takes the engagement on into the
 * diagnostic, whose plan is left with its lead (as the bare engine's loop leaves it).
 */
final class CompletionLoop {

    private final Settings settings;
    private final Database database;
    private final TaskFinder.Mode lookup;

    CompletionLoop(Settings settings, Database database, TaskFinder.Mode lookup) {
        this.settings = settings;
        this.database = database;
        this.lookup = lookup;
    }

    Throughput.Result run() {
        return Throughput.run("HTTP loop", settings.clients(), settings.warmup(), settings.loop(), HttpClientLoop::new);
    }

    private final class HttpClientLoop implements Throughput.Client {

        private final int index;
        private final LocusClient staff;
        private final LocusClient manager;
        private final TaskFinder finder;
        private int engagements;

        HttpClientLoop(int index) {
            this.index = index;
            this.staff = new LocusClient(settings.baseUri(), IntakeValues.STAFF.get(index % 2));
            this.manager = new LocusClient(settings.baseUri(), IntakeValues.MANAGER);
            this.finder = lookup.finder(staff, database);
        }

        @Override
        public void oneEngagement(Throughput.Window window) {
            String place = "Loopshire " + index + "-" + (engagements++ % 50);
            String engagementId = staff.logFirstContact(IntakeValues.firstContact(place));
            for (String key : IntakeValues.TASKS) {
                if (!window.open()) {
                    return;
                }
                TaskFinder.OpenTask task = finder.theOpenTask(engagementId, key);
                String values = IntakeValues.valuesFor(key, place);
                LocusClient who = IntakeValues.isManagers(key) ? manager : staff;
                long began = System.nanoTime();
                who.complete(task.id(), values);
                window.completed(began, System.nanoTime());
            }
        }

        @Override
        public void close() {
            finder.close();
        }
    }
}
