package vn.hcc.dashboard.queue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalTime;

/** A time of day stored as minutes after midnight (see V24__opening_hours_and_ticket_code.sql for why). */
@Converter
class MinuteOfDay implements AttributeConverter<LocalTime, Integer> {

    @Override
    public Integer convertToDatabaseColumn(LocalTime time) {
        return time == null ? null : time.getHour() * 60 + time.getMinute();
    }

    @Override
    public LocalTime convertToEntityAttribute(Integer minutes) {
        return minutes == null ? null : LocalTime.of(minutes / 60, minutes % 60);
    }
}
