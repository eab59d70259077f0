package org.locus.web.engagement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.IntakeService;
import org.locus.intake.api.PlaceCheck;

/**
 * Finding engagements ({@code /engagements/index.xhtml?place=...}): the open engagements of a place.
 * A plain GET form, since it only reads.
 */
@Named("engagements")
@RequestScoped
public class EngagementsPage {

    private final IntakeService intake;

    private String place;
    private PlaceCheck result;

    /** For the CDI proxy only. */
    protected EngagementsPage() {
        this(null);
    }

    @Inject
    EngagementsPage(IntakeService intake) {
        this.intake = intake;
    }

    public void load() {
        if (place != null && !place.isBlank()) {
            place = place.strip();
            result = intake.checkPlace(place);
        }
    }

    public boolean isSearched() {
        return result != null;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public PlaceCheck getResult() {
        return result;
    }
}
