package vn.hcc.dashboard.bench;

/** Not written yet (issue 17). */
class PushBench implements Bench {

    @Override
    public Result run(Context context) {
        throw new UnsupportedOperationException("PushBench is not written yet");
    }
}
