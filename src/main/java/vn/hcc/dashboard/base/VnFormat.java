package vn.hcc.dashboard.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Vietnamese number and date formats used everywhere (screens and reports): {@code 4.466}, {@code 99,37%},
 * {@code 53.366.000 đ}, {@code 31/10/2024}. Official figures keep these formats in both UI languages.
 */
public final class VnFormat {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final DecimalFormatSymbols SYMBOLS = symbols();

    private VnFormat() {
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        return s;
    }

    public static String number(long value) {
        return new DecimalFormat("#,##0", SYMBOLS).format(value);
    }

    public static String money(long dong) {
        return number(dong) + " đ";
    }

    /**
     * A rate in percent with two decimals, cut (not rounded) as the provincial one-stop software prints them
     * (the Kim Thành and Lương Tài reports), so that a rate shows 100,00% only when it is complete. No denominator, no rate.
     */
    public static String percent(long numerator, long denominator) {
        return percent(numerator, denominator, RoundingMode.DOWN);
    }

    /** A rate with an explicit rounding: hand-made reports such as the Sơn Trung 2024 report round half up (785/790 = 99,37%). */
    public static String percent(long numerator, long denominator, RoundingMode rounding) {
        if (denominator == 0) {
            return "–";
        }
        BigDecimal rate = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, rounding);
        return new DecimalFormat("0.00", SYMBOLS).format(rate) + "%";
    }

    /** A measured value such as minutes of wait, {@code scale} decimals rounded half up: {@code 12,50}, {@code 1.234,05}. */
    public static String decimal(double value, int scale) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
        return new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), SYMBOLS).format(rounded);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }
}
