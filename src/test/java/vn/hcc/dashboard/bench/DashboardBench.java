package vn.hcc.dashboard.bench;

/** Not written yet (issue 17). */
class DashboardBench implements Bench {

    @Override
    public Result run(Context context) {
        throw new UnsupportedOperationException("DashboardBench is not written yet");
    }
}
