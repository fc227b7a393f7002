/**
 * The evaluation council (Hội đồng xét duyệt, docs/domain.md §3 step 4): rounds with their members, quorum,
 * threshold and agenda; the secret votes; the result per dossier and the minutes.
 */
package vn.langnghe.council;
