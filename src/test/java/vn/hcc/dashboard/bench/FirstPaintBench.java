package vn.hcc.dashboard.bench;

/** Not written yet (issue 17). */
class FirstPaintBench implements Bench {

    @Override
    public Result run(Context context) {
        throw new UnsupportedOperationException("FirstPaintBench is not written yet");
    }
}
