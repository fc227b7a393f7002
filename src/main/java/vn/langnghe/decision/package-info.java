/**
 * The leader's decision (docs/domain.md §3 step 5): approval under a numbered decision with its certificate and
 * support amount, or rejection with a reason the commune sees.
 */
package vn.langnghe.decision;
