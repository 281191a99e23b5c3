package vn.hcc.dashboard.pakn;

import java.time.LocalDate;

/**
 * One petition as its tracking code shows it to anyone who has the code: where it stands, never who sent it.
 * {@code answer} and {@code publishedOn} are set once the answer is published.
 */
public record PetitionStatus(String code, LocalDate receivedOn, PaknCategory category, String unitName,
        PaknStatus status, LocalDate deadline, boolean late, String answer, LocalDate publishedOn) {
}
