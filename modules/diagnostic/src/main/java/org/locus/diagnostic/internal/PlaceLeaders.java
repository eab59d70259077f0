package org.locus.diagnostic.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.locus.platform.api.text.Names;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;
import org.locus.intake.api.KnownLeader;
import org.locus.intake.api.LeaderRole;
import org.locus.platform.api.error.InvalidRequestException;

/**
 * The leaders intake knows in an engagement's place, as the diagnostic's possible participants,
 * each in the group they speak for.
 *
 * <p>The rule: a political leader speaks for the political top team. The council is the organisation
 * (or organisations) the place's political leaders belong to: a managerial leader of it speaks for the
 * managerial top team, a managerial leader of any other organisation (NHS, police, fire, the voluntary
 * sector) for the partners. While no political leader is known the council cannot be told apart, so
 * every managerial leader counts as the managerial top team.
 */
final class PlaceLeaders {

    private final String placeName;
    private final Map<String, Participant> byName = new LinkedHashMap<>();

    PlaceLeaders(String placeName, List<KnownLeader> leaders) {
        this.placeName = placeName;
        Set<String> councils = leaders.stream()
                .filter(leader -> leader.role() == LeaderRole.POLITICAL)
                .map(leader -> Names.keyOf(leader.organisation()))
                .collect(Collectors.toSet());
        for (KnownLeader leader : leaders) {
            byName.putIfAbsent(Names.keyOf(leader.name()), new Participant(leader.name(), groupOf(leader, councils),
                    leader.jobTitle(), leader.organisation()));
        }
    }

    static ParticipantGroup groupOf(KnownLeader leader, Set<String> councilKeys) {
        if (leader.role() == LeaderRole.POLITICAL) {
            return ParticipantGroup.POLITICAL;
        }
        return councilKeys.isEmpty() || councilKeys.contains(Names.keyOf(leader.organisation()))
                ? ParticipantGroup.MANAGERIAL : ParticipantGroup.PARTNER;
    }

    /** Every leader of the place, in intake's order, with their group. */
    List<Participant> offered() {
        return List.copyOf(byName.values());
    }

    Optional<Participant> named(String name) {
        return Optional.ofNullable(byName.get(Names.keyOf(name)));
    }

    /**
     * The leaders of these names, each once, in the order given.
     *
     * @throws InvalidRequestException on {@code participants}, naming everyone who is not a leader of this place
     */
    List<Participant> chosen(List<String> names) {
        Map<String, Participant> chosen = new LinkedHashMap<>();
        List<String> strangers = new ArrayList<>();
        for (String name : names) {
            named(name).ifPresentOrElse(leader -> chosen.putIfAbsent(Names.keyOf(name), leader),
                    () -> strangers.add(Names.tidy(name)));
        }
        if (!strangers.isEmpty()) {
            throw new InvalidRequestException("participants", "Select participants from the leaders of " + placeName + " ("
                    + String.join(", ", strangers) + (strangers.size() == 1 ? " is" : " are") + " not one of them)");
        }
        return List.copyOf(chosen.values());
    }
}
