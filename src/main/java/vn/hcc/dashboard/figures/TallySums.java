package vn.hcc.dashboard.figures;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import vn.hcc.dashboard.intake.Channel;

/** The sums of one bucket: the tally's columns, the received ones split by channel, the paid in person. */
final class TallySums {
    final Map<TallyColumn, Long> tally = new EnumMap<>(TallyColumn.class);
    final Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
    long online;
    long inPerson;

    /** Before the period, and in it. */
    static TallySums[] pair() {
        return new TallySums[] {new TallySums(), new TallySums()};
    }

    long get(TallyColumn c) {
        return tally.getOrDefault(c, 0L);
    }

    long received(Channel c) {
        return byChannel.getOrDefault(c, 0L);
    }

    void add(TallySums o) {
        o.tally.forEach((c, v) -> tally.merge(c, v, Long::sum));
        o.byChannel.forEach((c, v) -> byChannel.merge(c, v, Long::sum));
        online += o.online;
        inPerson += o.inPerson;
    }

    TallySums plus(TallySums o) {
        TallySums s = new TallySums();
        s.add(this);
        s.add(o);
        return s;
    }

    long open(TallyColumn... columns) {
        return Arrays.stream(columns).mapToLong(this::get).sum();
    }
}
