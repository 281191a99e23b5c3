package vn.hcc.dashboard.figures;

/**
 * The figures of one row of Biểu II.06a for a period [from, to]: what was received (online, in
 * person or by post, carried over), how it stands at {@code to}, and the counts behind the rates. Computed only by
 * {@link PeriodFiguresService}; the dashboard and the reports read the same records.
 *
 * <p>{@code resolvedPaidInPerson} (the Lương Tài 09/2024 report's "Số hồ sơ thanh toán trực tiếp") is its own count, not with-fee minus
 * paid-online: the Lương Tài 09/2024 report shows dossiers whose fee is paid neither way yet (Lai Hạ: 9 with fee, 5 online, 3 in person).
 * A fee not paid online is collected at the counter when the result is handed over, so it counts once returned.
 *
 * <p>The channel detail of the form ("Số lượng hồ sơ tiếp nhận chi tiết": in person, ordinary postal, public postal,
 * smartphone) counts the dossiers received in the period, as "trong kỳ" does: in person + both postal services =
 * {@code receivedDirect}, and the smartphone dossiers are part of {@code receivedOnline}.
 *
 * <p>The warehouse and reuse facts are optional records of a dossier: each comes with the number of dossiers that
 * record it at all ({@code …Recorded}, over the same dossiers: received in the period for components and reuse,
 * resolved in it for results). None recorded means the system has no data for that figure, not that it is 0.
 */
public record PeriodFigures(
        long receivedOnline, long receivedDirect, long carriedOver,
        long resolvedEarly, long resolvedOnTime, long resolvedLate,
        long inProgressNotDue, long inProgressOverdue,
        long suspendedSupplement, long suspendedFinancial, long suspendedOther,
        long refused, long withdrawn,
        long resolvedWithFee, long resolvedPaidOnline, long feeAmount,
        long receivedWithDigitizedComponents, long resolvedWithDigitizedResult,
        long lateWithApology, long lateWithoutApology,
        long resolvedPaidInPerson,
        long receivedInPerson, long receivedOrdinaryPostal, long receivedPublicPostal, long receivedSmartphone,
        long componentsStored, long componentsStoredRecorded, long resultsStored, long resultsStoredRecorded,
        long reusedData, long reusedDataRecorded) {

    public static final PeriodFigures EMPTY = new PeriodFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Received, total: online + in person or by post + carried over. */
    public long received() {
        return receivedOnline + receivedDirect + carriedOver;
    }

    /** Received within the period itself, without the carried-over dossiers. */
    public long receivedInPeriod() {
        return receivedOnline + receivedDirect;
    }

    public long resolved() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    public long resolvedInTime() {
        return resolvedEarly + resolvedOnTime;
    }

    public long inProgress() {
        return inProgressNotDue + inProgressOverdue;
    }

    public long suspended() {
        return suspendedSupplement + suspendedFinancial + suspendedOther;
    }

    /** Late dossiers: resolved after the due day, or still open past it. Each needs an apology letter. */
    public long late() {
        return resolvedLate + inProgressOverdue;
    }

    /** The identity every correct report satisfies: received = resolved + in progress + suspended + refused + withdrawn. */
    public boolean addsUp() {
        return received() == resolved() + inProgress() + suspended() + refused + withdrawn;
    }

    /** The channel detail splits the period's intake exactly: in person + postal = direct, smartphone ≤ online. */
    public boolean channelsAddUp() {
        return receivedDirect == receivedInPerson + receivedOrdinaryPostal + receivedPublicPostal
                && receivedSmartphone <= receivedOnline;
    }

    public PeriodFigures plus(PeriodFigures o) {
        return new PeriodFigures(receivedOnline + o.receivedOnline, receivedDirect + o.receivedDirect,
                carriedOver + o.carriedOver, resolvedEarly + o.resolvedEarly, resolvedOnTime + o.resolvedOnTime,
                resolvedLate + o.resolvedLate, inProgressNotDue + o.inProgressNotDue,
                inProgressOverdue + o.inProgressOverdue, suspendedSupplement + o.suspendedSupplement,
                suspendedFinancial + o.suspendedFinancial, suspendedOther + o.suspendedOther, refused + o.refused,
                withdrawn + o.withdrawn, resolvedWithFee + o.resolvedWithFee,
                resolvedPaidOnline + o.resolvedPaidOnline, feeAmount + o.feeAmount,
                receivedWithDigitizedComponents + o.receivedWithDigitizedComponents,
                resolvedWithDigitizedResult + o.resolvedWithDigitizedResult, lateWithApology + o.lateWithApology,
                lateWithoutApology + o.lateWithoutApology, resolvedPaidInPerson + o.resolvedPaidInPerson,
                receivedInPerson + o.receivedInPerson, receivedOrdinaryPostal + o.receivedOrdinaryPostal,
                receivedPublicPostal + o.receivedPublicPostal, receivedSmartphone + o.receivedSmartphone,
                componentsStored + o.componentsStored, componentsStoredRecorded + o.componentsStoredRecorded,
                resultsStored + o.resultsStored, resultsStoredRecorded + o.resultsStoredRecorded,
                reusedData + o.reusedData, reusedDataRecorded + o.reusedDataRecorded);
    }
}
