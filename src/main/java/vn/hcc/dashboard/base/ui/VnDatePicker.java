package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A date picker that reads and writes {@code dd/MM/yyyy} whatever the browser's language, with month and weekday
 * names from the translations; the week starts on Monday as Vietnamese calendars do. {@code d/M/yyyy} is accepted
 * too, because that is how people type dates quickly.
 */
public class VnDatePicker extends DatePicker {

    public VnDatePicker(String label) {
        super(label);
        setI18n(new DatePickerI18n()
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy")
                .setMonthNames(list("calendar.months"))
                .setWeekdays(sundayFirst())
                .setWeekdaysShort(list("calendar.weekdays-short"))
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("calendar.today"))
                .setCancel(getTranslation("action.cancel"))
                .setBadInputErrorMessage(getTranslation("calendar.bad-date")));
    }

    /** The translated name of a weekday, e.g. "Thứ Hai". */
    public static String weekday(Component owner, DayOfWeek day) {
        return owner.getTranslation("calendar.weekday." + day.name());
    }

    private List<String> list(String key) {
        return Arrays.stream(getTranslation(key).split(",")).map(String::strip).toList();
    }

    /** The web component wants the weekdays from Sunday. */
    private List<String> sundayFirst() {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Arrays.stream(DayOfWeek.values()).limit(6))
                .map(d -> weekday(this, d)).toList();
    }
}
