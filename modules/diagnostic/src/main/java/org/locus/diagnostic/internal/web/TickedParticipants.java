package org.locus.diagnostic.internal.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;
import org.locus.diagnostic.api.PlanBalance;

/**
 * Participants ticked on a form, in three checkbox groups by the side they speak for (the plan offers
 * the place's leaders, an interview the plan's participants). Kept in the view, so serialisable.
 */
public class TickedParticipants implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> political = new ArrayList<>();
    private List<String> managerial = new ArrayList<>();
    private List<String> partners = new ArrayList<>();

    /** The names ticked, political first. */
    List<String> names() {
        List<String> all = new ArrayList<>();
        for (List<String> group : Arrays.asList(political, managerial, partners)) {
            if (group != null) {
                all.addAll(group);
            }
        }
        return all;
    }

    PlanBalance balance() {
        return PlanBalance.of(size(political), size(managerial), size(partners));
    }

    /** Checkbox items of one group: "Name, job title, organisation" to the name. */
    static Map<String, Object> choicesOf(List<Participant> participants, ParticipantGroup group) {
        Map<String, Object> items = new LinkedHashMap<>();
        participants.stream().filter(participant -> participant.group() == group).forEach(participant ->
                items.put(participant.name() + ", " + participant.jobTitle() + ", " + participant.organisation(),
                        participant.name()));
        return items;
    }

    /**
     * The component that shows an error about the participants: the first group offered any, so the
     * message sits on a field that is on the page.
     */
    static String componentFor(List<Participant> offered) {
        if (offered.stream().anyMatch(participant -> participant.group() == ParticipantGroup.POLITICAL)) {
            return "political";
        }
        return offered.stream().anyMatch(participant -> participant.group() == ParticipantGroup.MANAGERIAL)
                ? "managerial" : "partners";
    }

    private static int size(List<String> ticked) {
        return ticked == null ? 0 : ticked.size();
    }

    public List<String> getPolitical() {
        return political;
    }

    public void setPolitical(List<String> political) {
        this.political = political;
    }

    public List<String> getManagerial() {
        return managerial;
    }

    public void setManagerial(List<String> managerial) {
        this.managerial = managerial;
    }

    public List<String> getPartners() {
        return partners;
    }

    public void setPartners(List<String> partners) {
        this.partners = partners;
    }
}
