package vn.langnghe.village;

/**
 * Which rows of the registry, in name order, a page shows: at most {@code limit} from {@code offset}, out of
 * the {@code total} that the same filter counted just before. A page nearer the end is read backwards from the
 * end of the index instead of skipping every row before it, so the last page of 100,000 entries costs what the
 * first one does.
 */
public record PageWindow(long offset, int limit, long total) {

    public PageWindow {
        if (offset < 0 || limit < 0 || total < 0) {
            throw new IllegalArgumentException("offset, limit and total must not be negative");
        }
    }

    /** Whether fewer rows lie after the page than before it. */
    boolean nearerTheEnd() {
        return total - offset - limit < offset;
    }

    /** The rows after the page: what a backwards read skips. */
    long offsetFromEnd() {
        return Math.max(0, total - offset - limit);
    }

    /** The page's rows that exist, read backwards: fewer than {@code limit} on a last, partial page. */
    int limitFromEnd() {
        return (int) Math.max(0, Math.min(limit, total - offset));
    }
}
