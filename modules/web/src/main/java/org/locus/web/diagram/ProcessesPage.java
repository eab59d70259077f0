package org.locus.web.diagram;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.locus.platform.api.diagram.ActivityHeat;
import org.locus.platform.api.diagram.ProcessDiagram;
import org.locus.platform.api.diagram.ProcessDiagrams;
import org.locus.platform.api.diagram.ProcessHeat;
import org.locus.platform.api.engagement.EngagementProcess;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.format.GovukFormats;

/**
 * The process view ({@code /manage/processes.xhtml?process=&period=&from-day=...}): a diagram with, on each
 * activity, its open tasks and the time spent there over a period (heat), and the same figures in a table. A GET
 * form, as it only reads: the period is the last 7, 30 or 90 days, or two dates in GOV.UK's date boxes; wrong dates
 * are a GOV.UK error summary, an unknown process a 404.
 */
@Named("processView")
@RequestScoped
public class ProcessesPage {

    static final Map<String, String> PERIODS = periods();

    private final ProcessDiagrams diagrams;
    private final Clock clock;

    private String process;
    private String period;
    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String toDay;
    private String toMonth;
    private String toYear;

    private List<ProcessDiagram> processes = List.of();
    private ProcessDiagram diagram;
    private HeatPeriod shownPeriod;
    private Map<String, String> errors = new LinkedHashMap<>();
    private List<HeatRow> rows = List.of();
    private HeatScale scale = HeatScale.over(List.of());

    /** For the CDI proxy only. */
    protected ProcessesPage() {
        this(null, null);
    }

    @Inject
    ProcessesPage(ProcessDiagrams diagrams, Clock clock) {
        this.diagrams = diagrams;
        this.clock = clock;
    }

    private static Map<String, String> periods() {
        Map<String, String> periods = new LinkedHashMap<>();
        periods.put("7", "Last 7 days");
        periods.put("30", "Last 30 days");
        periods.put("90", "Last 90 days");
        periods.put("custom", "Dates I choose");
        return periods;
    }

    public void load() throws IOException {
        processes = diagrams.latest();
        Optional<ProcessDiagram> chosen = process == null || process.isBlank()
                ? diagrams.latest(EngagementProcess.KEY).or(() -> processes.stream().findFirst())
                : diagrams.latest(process.strip());
        if (chosen.isEmpty()) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "There is no such process");
            context.responseComplete();
            return;
        }
        diagram = chosen.get();
        process = diagram.key();
        shownPeriod = readPeriod();
        if (shownPeriod == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            errors.values().forEach(message -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message)));
            return;
        }
        ProcessHeat heat = diagrams.heat(diagram.key(), shownPeriod.start(), shownPeriod.end());
        scale = HeatScale.over(heat.activities().stream().map(ActivityHeat::mean).toList());
        HeatScale levels = scale;
        rows = heat.activities().stream().map(activity -> HeatRow.of(activity, levels)).toList();
    }

    private HeatPeriod readPeriod() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!"custom".equals(period)) {
            int days = period != null && PERIODS.containsKey(period) ? Integer.parseInt(period) : HeatPeriod.DEFAULT_DAYS;
            period = String.valueOf(days);
            HeatPeriod last = HeatPeriod.lastDays(days, today);
            showDates(last);
            return last;
        }
        LocalDate from = HeatPeriod.fromParts("from", "start date", fromDay, fromMonth, fromYear, errors);
        LocalDate to = HeatPeriod.fromParts("to", "end date", toDay, toMonth, toYear, errors);
        try {
            return HeatPeriod.checked(from, to, errors);
        } catch (InvalidRequestException wrong) {
            return null;
        }
    }

    private void showDates(HeatPeriod shown) {
        fromDay = String.valueOf(shown.from().getDayOfMonth());
        fromMonth = String.valueOf(shown.from().getMonthValue());
        fromYear = String.valueOf(shown.from().getYear());
        toDay = String.valueOf(shown.to().getDayOfMonth());
        toMonth = String.valueOf(shown.to().getMonthValue());
        toYear = String.valueOf(shown.to().getYear());
    }

    /** The period in words, for the caption. */
    public String getPeriodText() {
        return shownPeriod == null ? "" : GovukFormats.date(shownPeriod.from()) + " to " + GovukFormats.date(shownPeriod.to());
    }

    /** The legend: each level's colour class and the mean times it covers, numbered as the table's "Heat" column. */
    public List<Map.Entry<Integer, String>> getLegend() {
        List<Map.Entry<Integer, String>> legend = new ArrayList<>();
        for (int level = 0; level < HeatScale.LEVELS; level++) {
            String number = (level + 1) + " of " + HeatScale.LEVELS + ": ";
            legend.add(Map.entry(level, number + (level == 0
                    ? below(TimeSpent.text(scale.levelStarts(1)))
                    : atLeast(TimeSpent.text(scale.levelStarts(level))))));
        }
        return legend;
    }

    private static String below(String time) {
        return time.startsWith("under ") ? time : "under " + time;
    }

    private static String atLeast(String time) {
        return time.startsWith("under ") ? time : time + " or more";
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public List<Map.Entry<String, String>> getErrorList() {
        return List.copyOf(errors.entrySet());
    }

    public List<Map.Entry<String, String>> getPeriodChoices() {
        return List.copyOf(PERIODS.entrySet());
    }

    public boolean isCustom() {
        return "custom".equals(period);
    }

    public List<ProcessDiagram> getProcesses() {
        return processes;
    }

    public ProcessDiagram getDiagram() {
        return diagram;
    }

    public List<HeatRow> getRows() {
        return rows;
    }

    public boolean isShowingFigures() {
        return shownPeriod != null;
    }

    public String getProcess() {
        return process;
    }

    public void setProcess(String process) {
        this.process = process;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getFromDay() {
        return fromDay;
    }

    public void setFromDay(String fromDay) {
        this.fromDay = fromDay;
    }

    public String getFromMonth() {
        return fromMonth;
    }

    public void setFromMonth(String fromMonth) {
        this.fromMonth = fromMonth;
    }

    public String getFromYear() {
        return fromYear;
    }

    public void setFromYear(String fromYear) {
        this.fromYear = fromYear;
    }

    public String getToDay() {
        return toDay;
    }

    public void setToDay(String toDay) {
        this.toDay = toDay;
    }

    public String getToMonth() {
        return toMonth;
    }

    public void setToMonth(String toMonth) {
        this.toMonth = toMonth;
    }

    public String getToYear() {
        return toYear;
    }

    public void setToYear(String toYear) {
        this.toYear = toYear;
    }
}
