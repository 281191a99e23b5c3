package vn.hcc.dashboard.equipment;

/**
 * What an item is. All but {@link #OTHER} are lines of the Decree 61/2018 Art. 13 checklist as the Ba Vì 2024 report lists them;
 * {@link #PUBLIC_COMPUTER} is the networked computer citizens use for online services, which the Ba Vì 2024 report counts apart
 * from the staff's computers.
 */
public enum EquipmentType {
    COMPUTER, PRINTER, SCANNER, WAITING_SEATS, WRITING_DESK, PUBLIC_COMPUTER, LOOKUP_KIOSK, TICKET_MACHINE, CAMERA,
    PROGRESS_TV, RATING_TABLET, DIGITAL_SIGNATURE, OTHER;

    public boolean inChecklist() {
        return this != OTHER;
    }
}
