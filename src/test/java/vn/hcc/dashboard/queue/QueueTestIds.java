package vn.hcc.dashboard.queue;

import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.WorkField;

/** The ids of the demo catalogue's fields and counters by code, shared by the queue and dashboard tests. */
public final class QueueTestIds {

    private QueueTestIds() {
    }

    public static long field(FieldService fields, String code) {
        return fields.listAll().stream().filter(f -> f.getCode().equals(code)).findFirst().map(WorkField::getId)
                .orElseThrow();
    }

    public static long counter(CounterService counters, String code) {
        return counters.listAll().stream().filter(c -> c.getCode().equals(code)).findFirst()
                .map(ServiceCounter::getId).orElseThrow();
    }
}
