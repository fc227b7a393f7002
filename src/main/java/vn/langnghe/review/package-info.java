/** The appraisal: a reviewer's finding on every criterion, the recommendation and the written opinion. */
package vn.langnghe.review;
