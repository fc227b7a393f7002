package vn.langnghe.documents;

import vn.langnghe.criteria.Title;

/**
 * What an issued document concerns, as the public verification page shows it: only what the document itself
 * publishes.
 *
 * @param title   the title recognised or revoked; null for council minutes
 * @param name    the village or craft, or for minutes the council round and the villages it judged
 * @param commune the commune with its unit word, e.g. "xã Đại Đồng"; null for minutes
 */
public record Subject(Title title, String name, String commune) {
}
