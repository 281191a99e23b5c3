package vn.hcc.dashboard.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * What the watched folder did with one file: imported (then {@code result} holds the counts) or not (then
 * {@code errors} holds the Vietnamese lines written to {@code <file>.errors.txt}), and where the file went.
 */
public record InboxOutcome(String fileName, boolean imported, Path movedTo, ImportResult result,
        List<String> errors) {

    public InboxOutcome {
        errors = List.copyOf(errors);
    }
}
