package vn.hcc.dashboard.staff;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the roster form sends: {@code id == null} creates a record. {@code concurrentDuty} blank means full time at
 * the Center; {@code activeTo == null} means still working there; {@code userId} links the person's sign-in.
 */
public record StaffDraft(Long id, long version, String fullName, String position, EmploymentType type,
        Long homeUnitId, String concurrentDuty, boolean signatureHolder, LocalDate activeFrom, LocalDate activeTo,
        Long userId, Set<Long> fieldIds, Set<Long> counterIds) {

    public StaffDraft {
        fieldIds = fieldIds == null ? Set.of() : Set.copyOf(fieldIds);
        counterIds = counterIds == null ? Set.of() : Set.copyOf(counterIds);
    }
}
