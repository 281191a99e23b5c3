package vn.hcc.dashboard.queue;

/** The queue figures of one counter or field, with its name ({@link QueueFiguresService#perCounter}). */
public record NamedQueueFigures(long id, String name, QueueFigures figures) {
}
