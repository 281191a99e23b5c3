package vn.hcc.dashboard.bench;

/** Not written yet (issue 17). */
class ImportBench implements Bench {

    @Override
    public Result run(Context context) {
        throw new UnsupportedOperationException("ImportBench is not written yet");
    }
}
