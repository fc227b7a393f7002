package vn.langnghe.common;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a transaction that lost to another one on a row lock: chosen as a deadlock victim (SQLState 40001,
 * MariaDB error 1213) or tired of waiting (MariaDB error 1205), however deeply the engine or the persistence layer
 * wrapped it. Such a transaction did nothing and may be run again whole; an optimistic-lock failure is not one of
 * these (it means someone else's change was kept, and the user has to look at it).
 */
public final class LockConflict {

    static final String SERIALIZATION_FAILURE = "40001";
    private static final Set<Integer> LOCK_ERRORS = Set.of(1213, 1205);

    private LockConflict() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (SERIALIZATION_FAILURE.equals(sql.getSQLState()) || LOCK_ERRORS.contains(sql.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }
}
