package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.PeriodPreset;

/**
 * A view's period filter: a preset (this month by default) and the two dates it fills in, editable only for a custom
 * range. The period on screen is refused at the "to" field when it is reversed or ends after today, so every view
 * that shows figures for a period tells the same thing the same way. Field ids: {@code period}, {@code from},
 * {@code to}.
 */
public final class PeriodFilter {

    private final Component owner;
    private final Supplier<LocalDate> today;
    private final Select<PeriodPreset> preset = new Select<>();
    private final VnDatePicker from = new VnDatePicker(null);
    private final VnDatePicker to = new VnDatePicker(null);

    /** {@code changed} runs when the user picks a preset, or edits a date of a custom range. */
    public PeriodFilter(Component owner, Supplier<LocalDate> today, Runnable changed) {
        this.owner = owner;
        this.today = today;
        preset.setLabel(owner.getTranslation("dashboard.period"));
        preset.setItems(PeriodPreset.values());
        preset.setItemLabelGenerator(p -> owner.getTranslation("period.preset." + p.name()));
        preset.setId("period");
        from.setLabel(owner.getTranslation("dashboard.from"));
        from.setId("from");
        to.setLabel(owner.getTranslation("dashboard.to"));
        to.setId("to");
        preset.setValue(PeriodPreset.THIS_MONTH);
        apply();
        preset.addValueChangeListener(e -> {
            apply();
            changed.run();
        });
        from.addValueChangeListener(e -> changedIfCustom(changed));
        to.addValueChangeListener(e -> changedIfCustom(changed));
    }

    /** The preset, the start and the end field, in that order, for the view's header. */
    public Component[] fields() {
        return new Component[] {preset, from, to};
    }

    /** The preset chosen; a range typed by hand is {@link PeriodPreset#CUSTOM}. */
    public PeriodPreset preset() {
        return preset.getValue() == null ? PeriodPreset.CUSTOM : preset.getValue();
    }

    /**
     * The period on screen; empty while a date is missing, or when the range is reversed or ends after today, which
     * the "to" field then says.
     */
    public Optional<Period> period() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        String problem = start == null || end == null ? null
                : end.isAfter(today.get()) ? "period.error.after-today"
                : end.isBefore(start) ? "target.error.ends-before-start" : null;
        to.setInvalid(problem != null);
        to.setErrorMessage(problem == null ? null : owner.getTranslation(problem));
        return start == null || end == null || problem != null ? Optional.empty()
                : Optional.of(Period.of(start, end));
    }

    private void apply() {
        boolean custom = preset.getValue() == PeriodPreset.CUSTOM;
        if (!custom) {
            Period p = preset.getValue().period(today.get());
            from.setValue(p.from());
            to.setValue(p.to());
        }
        from.setReadOnly(!custom);
        to.setReadOnly(!custom);
        from.setMax(today.get());
        to.setMax(today.get());
    }

    private void changedIfCustom(Runnable changed) {
        if (preset.getValue() == PeriodPreset.CUSTOM) {
            changed.run();
        }
    }
}
